package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "import", mixinStandardHelpOptions = true, description = "placeholder")
public final class ImportCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
