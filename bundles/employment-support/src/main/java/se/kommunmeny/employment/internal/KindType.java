package se.kommunmeny.employment.internal;

import se.kommunmeny.core.api.menu.ServiceDescription;

/**
 * The kinds of employment support, with the survey's description of each ("Vad finns på menyn?", Västmanland 2006)
 * as the default when the configuration says nothing.
 */
enum KindType {
    /** Arbetsträning. */
    WORK_TRAINING("Arbetstr\u00e4ning", new ServiceDescription("Syssels\u00e4ttning, arbetstr\u00e4ning, motivation",
            "Arbetstr\u00e4ning med st\u00f6d och handledning",
            "Arbetstr\u00e4ning f\u00f6r att f\u00f6rbereda inf\u00f6r arbetslivet, s\u00e5 att personen sedan kan "
                    + "anm\u00e4la sig som arbetss\u00f6kande hos Arbetsf\u00f6rmedlingen. Val av arbetsplats och "
                    + "omfattning efter bed\u00f6mning av f\u00f6rm\u00e5gan.",
            "Vuxna personer med missbruksproblematik", "", "", ""), ""),
    /** Anpassad sysselsättning. */
    ADAPTED_OCCUPATION("Anpassad syssels\u00e4ttning", new ServiceDescription(
            "Motivation, bryta social isolering, uppr\u00e4tth\u00e5lla nykterhet/drogfrihet, daglig syssels\u00e4ttning",
            "Syssels\u00e4ttning, social samvaro",
            "Anpassad syssels\u00e4ttning efter behov och f\u00f6rm\u00e5ga, t.ex. caf\u00e9, secondhandbutik, "
                    + "snickeri, tr\u00e4dg\u00e5rd, st\u00e4dning, sn\u00f6skottning. En individuell arbetsplan "
                    + "f\u00f6ljs upp vid \u00e5terkommande v\u00e5rdplaneringsm\u00f6ten.",
            "Vuxna personer med missbruksproblematik eller som st\u00e5r l\u00e5ngt ifr\u00e5n arbetsmarknaden",
            "", "", ""), ""),
    /** Praktikplats. */
    INTERNSHIP("Praktikplats", new ServiceDescription("Syssels\u00e4ttning, arbetstr\u00e4ning",
            "Praktikplats med st\u00f6d och handledning",
            "Praktik hos kommunala enheter eller arbetsgivare, f\u00f6ljd upp tillsammans med "
                    + "Arbetsf\u00f6rmedlingen och F\u00f6rs\u00e4kringskassan.",
            "Vuxna personer med missbruksproblematik", "", "", ""), ""),
    /** A step model programme, like Narkomanvårdsgruppen/Fältmätarn's. */
    STEP_PROGRAMME("Stegindelad syssels\u00e4ttning", new ServiceDescription(
            "Hj\u00e4lp att genomf\u00f6ra beslut att bli drogfri",
            "Stegindelat dagligt program. Syssels\u00e4ttning/arbetstr\u00e4ning",
            "Syssels\u00e4ttning/arbetstr\u00e4ning i steg; en v\u00e5rdkonferens avg\u00f6r om deltagaren "
                    + "g\u00e5r vidare till n\u00e4sta steg.",
            "Vuxna personer med missbruksproblem, 18 \u00e5r och \u00e4ldre", "", "", ""), "I:1-6,II:2-12,III");

    final String swedishName;
    final ServiceDescription description;
    final String defaultStepModel;

    KindType(String swedishName, ServiceDescription description, String defaultStepModel) {
        this.swedishName = swedishName;
        this.description = description;
        this.defaultStepModel = defaultStepModel;
    }
}
