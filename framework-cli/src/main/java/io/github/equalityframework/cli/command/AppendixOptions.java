package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.FileNames;
import io.github.equalityframework.io.ModelCodec;
import io.github.equalityframework.model.FrameworkDefinition;
import io.github.equalityframework.report.CommitteeAppendix;
import io.github.equalityframework.report.CouncilProgress;
import io.github.equalityframework.report.render.AppendixRenderer;
import io.github.equalityframework.report.render.Messages;
import io.github.equalityframework.xlsx.AppendixDocument;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** {@code eflg progress --appendix}: the committee appendix councils publish, in Markdown, HTML or Word. */
final class AppendixOptions {
    /** The formats of {@code eflg progress}: the report's md, html and json; the appendix's md, html and docx. */
    enum Format {
        MD("md"),
        HTML("html"),
        JSON("json"),
        /** not a progress format: refused with where it belongs */
        SARIF("sarif"),
        DOCX("docx");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        /** The format {@code --out} gives by its extension (in any case); refused (exit 2) when it gives none. */
        static Format of(Path out, CommandLine cli) {
            return FileNames.formatOf(out, values(), f -> f.extension, cli);
        }
    }

    @Option(
            names = "--appendix",
            description = "Write the committee appendix instead of the progress report: per module, each recommendation"
                    + " or objective and its actions, as councils publish it (md, html or docx).")
    boolean appendix;

    @Option(
            names = "--all-notes",
            description = "With --appendix: every progress note of each action, oldest first (default: the latest).")
    boolean allNotes;

    /** Refuses a combination that cannot be written, before any file is read. */
    void check(CommandLine cli, Format format, Path out) {
        if (allNotes && !appendix) {
            throw new ParameterException(
                    cli, "--all-notes goes with --appendix: only the appendix lists progress notes");
        }
        if (appendix && format == Format.JSON) {
            throw new ParameterException(
                    cli,
                    "--format json is not an appendix format; use md, html or docx (without --appendix, --format json"
                            + " gives the progress data as JSON)");
        }
        if (!appendix && format == Format.DOCX) {
            throw new ParameterException(
                    cli,
                    "--format docx is for the committee appendix: add --appendix (the progress report is md, html or json)");
        }
        if (format == Format.DOCX && out == null) {
            throw new ParameterException(
                    cli, "--format docx needs --out FILE: a Word document is not written to standard output");
        }
    }

    /** Writes the appendix to {@code out}, or to standard output (Markdown and HTML only). */
    void write(
            CommandLine cli,
            CouncilProgress progress,
            FrameworkDefinition framework,
            Format format,
            Path out,
            Locale language) {
        CommitteeAppendix built = CommitteeAppendix.of(progress, framework, allNotes);
        byte[] bytes = switch (format) {
            case MD -> AppendixRenderer.markdown(built, language).getBytes(StandardCharsets.UTF_8);
            case HTML -> AppendixRenderer.html(built, language).getBytes(StandardCharsets.UTF_8);
            case DOCX -> AppendixDocument.docx(built, language);
            case JSON, SARIF -> throw new IllegalStateException("refused by check");
        };
        if (out == null) {
            cli.getOut().print(new String(bytes, StandardCharsets.UTF_8));
            cli.getOut().flush();
            return;
        }
        ModelCodec.writeAtomically(out, bytes);
        long items = built.modules().stream().mapToLong(m -> m.items().size()).sum();
        long actions = built.modules().stream()
                .flatMap(m -> m.items().stream())
                .mapToLong(i -> i.actions().size())
                .sum();
        cli.getErr()
                .println("eflg: wrote " + out + " (committee appendix: " + items + " recommendations and objectives, "
                        + actions + (actions == 1 ? " action" : " actions") + ", as of "
                        + Messages.english().date(progress.asOf()) + ")");
    }
}
