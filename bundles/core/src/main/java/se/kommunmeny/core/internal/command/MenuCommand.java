package se.kommunmeny.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import se.kommunmeny.core.api.menu.Language;
import se.kommunmeny.core.api.menu.MenuEntry;
import se.kommunmeny.core.api.menu.MenuService;

/** Lists the live menu. */
@Service
@Command(scope = "kommunmeny", name = "menu", description = "Lists the services on the municipality's live menu")
public class MenuCommand implements Action {
    @Reference
    private MenuService menu;

    @Option(name = "--lang", description = "sv or en")
    private String lang = "sv";

    @Override
    public Object execute() {
        Language language = Language.fromTag(lang);
        ShellTable table = new ShellTable();
        table.column("Type");
        table.column("Service");
        table.column("Target groups");
        table.column("Anon");
        table.column("Provider");
        table.column("Free/places");
        table.column("Offering");
        for (MenuEntry e : menu.entries()) {
            table.addRow().addContent(e.type().label(language), e.name(),
                    e.targetGroups().stream().sorted().map(Enum::name).reduce((a, b) -> a + " " + b).orElse(""),
                    e.anonymous() ? "*" : "", e.provider().kind() + (e.provider().name().isEmpty() ? "" : " " + e.provider().name()),
                    e.capacity() == null ? "" : (e.freePlaces() == null ? "?" : e.freePlaces()) + "/" + e.capacity(),
                    e.offering());
        }
        table.print(System.out);
        return null;
    }
}
