package org.constellation.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.constellation.coordination.ListSetting;
import org.constellation.coordination.MechanismInfo;
import org.constellation.coordination.Mechanisms;
import org.constellation.information.SharingRuleInfo;
import org.constellation.information.SharingRules;
import org.constellation.model.params.ParameterDescriptor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code constellation mechanisms} and {@code constellation sharing-rules}: the catalogues, one line each. */
final class CatalogueCommands {

    private CatalogueCommands() {
    }

    /** Lists the coordination mechanisms. */
    @Command(name = "mechanisms", mixinStandardHelpOptions = true,
            description = "List the coordination mechanisms, one line each, with their parameters (name=default).")
    static final class MechanismsCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            int width = Mechanisms.names().stream().mapToInt(String::length).max().orElse(10);
            for (MechanismInfo i : Mechanisms.all()) {
                out.println(line(width, i.name(), i.summary(), i.parameters(),
                        i.settings().stream().map(ListSetting::key).toList()));
            }
            out.println("Details: docs/mechanisms.md");
            return 0;
        }
    }

    /** Lists the information-sharing rules. */
    @Command(name = "sharing-rules", mixinStandardHelpOptions = true,
            description = "List the information-sharing rules, one line each, with their parameters (name=default).")
    static final class SharingRulesCommand implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            int width = SharingRules.names().stream().mapToInt(String::length).max().orElse(10);
            for (SharingRuleInfo i : SharingRules.all()) {
                out.println(line(width, i.name(), i.summary(), i.parameters(),
                        i.acceptsTable() ? List.of("base", "table") : List.of()));
            }
            out.println("Details: docs/sharing-rules.md");
            return 0;
        }
    }

    static String line(int width, String name, String summary, List<ParameterDescriptor> parameters,
            List<String> lists) {
        String params = parameters.stream().map(d -> d.key() + "=" + ParameterDescriptor.format(d.defaultValue()))
                .collect(Collectors.joining(", "));
        StringBuilder b = new StringBuilder(String.format("%-" + width + "s  %s", name, summary));
        if (!params.isEmpty()) {
            b.append("  [").append(params).append(']');
        }
        if (!lists.isEmpty()) {
            b.append("  lists: ").append(String.join(", ", lists));
        }
        return b.toString();
    }
}
