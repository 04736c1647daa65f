package org.tidemark.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code java -jar quarkus-run.jar <command>}; with no command, the web server runs. */
@Command(name = "tidemark", mixinStandardHelpOptions = true, versionProvider = TidemarkCommand.Version.class,
        description = "Tidemark: voyage events in; voyages, estimates and charts out. Without a command, runs the server.",
        subcommands = {ChartsCommand.class, RebuildCommand.class, ImportCommand.class, ExportCommand.class})
public class TidemarkCommand {

    /** The version the jar's manifest states, else that this is a development build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = TidemarkCommand.class.getPackage().getImplementationVersion();
            return new String[] {"Tidemark " + (version == null ? "(development build)" : version)};
        }
    }

    /**
     * Answers {@code --help} and {@code --version} (of the tool or any command) and refuses unparseable
     * arguments, without Quarkus or a database; returns the exit code, or -1 when the arguments are a command
     * (or no command: the server) to run.
     */
    public static int answerWithoutStarting(String... args) {
        CommandLine line = new CommandLine(TidemarkCommand.class);
        try {
            CommandLine.ParseResult parsed = line.parseArgs(args);
            return CommandLine.printHelpIfRequested(parsed) ? 0 : -1;
        } catch (CommandLine.ParameterException e) {
            e.getCommandLine().getErr().println(e.getMessage());
            e.getCommandLine().usage(e.getCommandLine().getErr());
            return e.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
        }
    }
}
