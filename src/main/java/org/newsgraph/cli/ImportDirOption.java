package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --import-dir} option every command that reads articles and rules shares. */
public final class ImportDirOption {
    @Option(names = "--import-dir", paramLabel = "DIR", defaultValue = "import",
            description = "folder with articles/, gazetteer.txt and rules/ (default: ${DEFAULT-VALUE})")
    Path importDir;

    public Path path() {
        return importDir;
    }
}
