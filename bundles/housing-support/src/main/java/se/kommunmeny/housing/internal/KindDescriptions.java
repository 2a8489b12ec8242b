package se.kommunmeny.housing.internal;

import se.kommunmeny.core.api.menu.ServiceDescription;

/** The survey's description of each form of housing support ("Vad finns på menyn?"), the default on the menu. */
final class KindDescriptions {
    private KindDescriptions() {
    }

    static ServiceDescription of(HousingKind kind) {
        return switch (kind) {
            case SOCIAL_CONTRACT -> new ServiceDescription("Boende, hjälp att klara av att ha ett eget boende",
                    "Lägenhet med socialt kontrakt (andrahandskontrakt) och boendestöd",
                    "Tillsyn i boendet, stödsamtal, drogtester enligt individuellt utformad arbetsplan",
                    "Vuxna som inte kan få eget hyreskontrakt eller som riskerar att bli vräkta", "", "", "");
            case TRAINING_FLAT -> new ServiceDescription("Boende", "Träningsboende med stöd av personal",
                    "Tillsyn, råd- och stödsamtal, kontinuerlig uppföljning. Kontraktet kan övergå till hyresgästen "
                            + "efter en kvalificeringstid om allt fungerat bra",
                    "Personer som fullföljt ett behandlingsprogram och gjort en förändring i sitt liv", "", "", "");
            case EXIT_FLAT -> new ServiceDescription("Boende efter behandling eller institution",
                    "Möblerad utslussningslägenhet under begränsad tid",
                    "Boende med stöd av personal, dock inte dygnet runt; möjlighet att gå vidare till träningslägenhet",
                    "Personer som genomgått primärbehandling eller varit placerade på institution", "", "", "");
            case SUPPORTED_HOUSING -> new ServiceDescription("Boende med stöd för den som inte kan få eget kontrakt",
                    "Stödboende med personal", "Personal i huset, krav på motivation till förändring och sysselsättning",
                    "Vuxna med missbruksproblem som behöver stöd i boendet", "", "", "");
            case SHELTER -> new ServiceDescription("Tak över huvudet", "Härbärge",
                    "Sovplats för natten", "Bostadslösa vuxna", "", "", "");
            case CATEGORY_HOUSING -> new ServiceDescription("Boende", "Kategoriboende med boendestöd",
                    "Boende med stöd och tillsyn av boendestödjare",
                    "Vuxna med missbruksproblem som inte kan få eget boende", "", "", "");
            case HOME_SUPPORT -> new ServiceDescription("Boende, klara av att ha ett eget boende",
                    "Kompenserande stöd och kontroll, social träning",
                    "Hembesök med stöd och kontroll. Social färdighetsträning, t.ex. att gå till bank och läkare "
                            + "samt ADL-träning",
                    "Vuxna som behöver stöd för att klara sitt boende", "", "", "");
        };
    }
}
