package io.github.equalityframework.workforce.command;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import io.github.equalityframework.spi.CommandProvider;
import org.apiguardian.api.API;

/** Contributes {@code eflg workforce} to the eflg command; found with {@link java.util.ServiceLoader}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class WorkforceCommandProvider implements CommandProvider {
    /** Called by {@link java.util.ServiceLoader}. */
    public WorkforceCommandProvider() {}

    @Override
    public String name() {
        return "workforce";
    }

    @Override
    public Object command(Host host) {
        return new WorkforceCommand(host);
    }
}
