package org.tidemark.cli;

import picocli.CommandLine.Command;

/** The command line: {@code java -jar quarkus-run.jar <command>}; with no command, the web server runs. */
@Command(name = "tidemark", mixinStandardHelpOptions = true,
        description = "Tidemark: voyage events in; voyages, estimates and charts out. Without a command, runs the server.",
        subcommands = {ChartsCommand.class, RebuildCommand.class})
public class TidemarkCommand {
}
