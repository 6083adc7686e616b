package io.github.equalityframework.cli.command;

import io.github.equalityframework.cli.ExitCodes;
import io.github.equalityframework.internal.text.Suggestions;
import io.github.equalityframework.schema.Schemas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eflg schema NAME}: prints a JSON Schema of the data formats. */
@Command(
        name = "schema",
        footerHeading = "%nExamples:%n",
        footer = {"  eflg schema self-assessment", "  eflg schema action-plan"},
        description = {
            "Print the JSON Schema (draft 2020-12) of a data format.",
            "The peer-review and action-plan schemas describe a review or a plan in a file of its own beside its"
                    + " self-assessment (NAME-review.yaml, NAME-plan.yaml)."
        })
public final class SchemaCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            paramLabel = "NAME",
            description =
                    "self-assessment, peer-review, action-plan, framework-definition, rule-profile" + " or report.")
    String name;

    @Override
    public Integer call() {
        String schema = Schemas.named(name)
                .orElseThrow(() -> new ParameterException(
                        spec.commandLine(),
                        "no schema is called '" + name + "'; "
                                + Suggestions.closest(name, Schemas.names())
                                        .map(s -> "did you mean '" + s + "'?")
                                        .orElse("schemas: " + String.join(", ", Schemas.names()))));
        spec.commandLine().getOut().print(schema);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
