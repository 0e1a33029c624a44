"""Italian translations of the demo site's structural pages, thematic areas and funding statement.

There is no Italian seed text: these are translations of the English source,
itself written from the seeds, in the terms the site's Italian catalogue uses
(Notizie, Eventi, Prodotti del progetto …). Slugs are ASCII.
"""

PAGES = {
    "home": {
        "title": "ClusterPoliSEE",
        "seo_title": "Politiche più intelligenti per i cluster dell'Europa sud-orientale",
        "slug": "pagina-iniziale",
        "tagline": (
            "Un partenariato di 25 membri di 11 paesi del programma SEE che sviluppa politiche più intelligenti per i "
            "cluster a sostegno della coesione territoriale, della R&S e dei sistemi di innovazione aperta "
            "nell'Europa sud-orientale."
        ),
        "introduction": (
            "L'obiettivo principale di ClusterPoliSEE è rafforzare la capacità dei decisori politici regionali di "
            "affrontare, prevenire e anticipare il cambiamento e di elaborare strategie di specializzazione "
            "intelligente che migliorino i cluster, accelerando così la diversificazione e il cambiamento strutturale "
            "verso un'economia della conoscenza in cui ogni regione dell'Europa sud-orientale trovi il suo posto."
        ),
    },
    "objectives": {
        "title": "Obiettivi",
        "slug": "obiettivi",
        "introduction": (
            "L'obiettivo principale del progetto è rafforzare la capacità dei decisori politici regionali di "
            "affrontare, prevenire e anticipare il cambiamento e di elaborare strategie di specializzazione "
            "intelligente che migliorino i cluster, accelerando così la diversificazione e il cambiamento strutturale "
            "verso un'economia della conoscenza in cui ogni regione dell'Europa sud-orientale abbia il suo posto."
        ),
        "body": [
            "<p>ClusterPoliSEE intende definire, sviluppare e attuare politiche regionali per i cluster che nascano "
            "dalla messa in comune delle risorse e dall'integrazione delle attività nella catena globale del valore, "
            "unendo i vantaggi competitivi regionali alle sinergie internazionali.</p>",
            "<p>Gli obiettivi specifici sono:</p><ol>"
            "<li>creare una piattaforma di collaborazione ICT come sistema di meccanismi di apprendimento per il "
            "partenariato e per i soggetti interessati che intendono migliorare le politiche per i cluster "
            "nell'Europa sud-orientale attraverso l'apprendimento congiunto, il trasferimento delle politiche e lo "
            "scambio di informazioni, ed esplorare il valore aggiunto della cooperazione transnazionale grazie a un "
            "supporto web aperto e interattivo all'apprendimento reciproco;</li>"
            "<li>fornire una valutazione approfondita delle politiche regionali per i cluster dei paesi partecipanti, "
            "basata sull'esame delle azioni passate, su visioni del futuro, sull'analisi del contesto attuale e sulla "
            "comprensione del lavoro con contesti paralleli; ciò contribuirà a politiche più intelligenti a sostegno "
            "dei cluster esistenti e sviluppati, migliorando la comprensione dei dati e delle informazioni disponibili "
            "sullo sviluppo dei cluster;</li>"
            "<li>individuare i fattori, gli strumenti, le esperienze e le migliori pratiche relativi alle sei aree "
            "tematiche prioritarie, sulla base di un quadro completo dei contesti regionali passati e presenti, per "
            "sviluppare meccanismi di apprendimento delle politiche da sperimentare con iniziative pilota;</li>"
            "<li>rafforzare una cooperazione transnazionale orientata ai risultati per preparare nuove strategie (un "
            "Piano strategico congiunto, un Piano di sostenibilità e un'iniziativa a livello SEE) per la sostenibilità "
            "dei risultati del progetto e come contributo al sostegno dell'Europa sud-orientale quale regione "
            "dell'innovazione.</li></ol>",
        ],
    },
    "governance": {
        "title": "Struttura di gestione",
        "slug": "struttura-di-gestione",
        "body": [
            "Comitato di pilotaggio",
            "<p>Il Comitato di pilotaggio è l'organo decisionale e di gestione del progetto. È composto da un "
            "rappresentante per ciascun partner e si occupa della pianificazione operativa e dell'integrazione "
            "tecnica delle attività del progetto, della gestione transnazionale, della comunicazione, del "
            "coordinamento e del sostegno ai partner e agli esperti finanziari dei paesi partecipanti. Lavora insieme "
            "al Comitato consultivo scientifico e tecnico (STAB).</p>",
            "Comitato consultivo scientifico e tecnico",
            "<p>Lo STAB è composto da un rappresentante del capofila (in qualità di coordinatore) e dai responsabili "
            "dei gruppi di lavoro e dei pacchetti di lavoro. I suoi membri forniscono consulenza transnazionale e "
            "interdisciplinare sulle attività del progetto, ne controllano la qualità e promuovono l'integrazione con "
            "altre iniziative dell'UE, per garantire la sostenibilità del progetto ClusterPoliSEE e l'utilizzo dei "
            "suoi risultati a livello locale ed europeo.</p>",
        ],
    },
    "about": {
        "title": "Il progetto ClusterPoliSEE",
        "slug": "il-progetto",
        "introduction": (
            "Il partenariato di 25 membri copre 11 paesi del programma SEE (8 Stati membri dell'UE e 2 paesi dello "
            "Strumento di assistenza preadesione (IPA)) e mira a sviluppare politiche più intelligenti per i cluster a "
            "sostegno della coesione territoriale, della ricerca e sviluppo (R&S) e dei sistemi di innovazione aperta "
            "nell'Europa sud-orientale, favorendo la cooperazione transnazionale tra cluster e tra regioni più e meno "
            "performanti."
        ),
        "body": [
            "<p>Tra i partner figurano autorità pubbliche regionali e nazionali responsabili dell'elaborazione e "
            "dell'attuazione della politica per i cluster, agenzie di sviluppo regionale che gestiscono programmi per "
            "i cluster e strategie regionali di innovazione, istituti di ricerca nazionali e università, enti di "
            "promozione dell'innovazione e reti di cluster. La proposta progettuale adotta un approccio metodologico "
            "basato su sperimentazioni di elaborazione riflessiva delle politiche, come base per una migliore "
            "formulazione e attuazione delle politiche: prevede strumenti di apprendimento reciproco adatti al "
            "processo di apprendimento e meccanismi adatti a un numero maggiore di partecipanti e a un'ampia "
            "consultazione dei soggetti interessati, applicando l'approccio metodologico del Six Countries "
            "Programme.</p>",
            "<p>Il piano di lavoro segue un approccio a matrice in cui sei aree di sviluppo intercluster – sviluppo "
            "dei cluster trainato dall'innovazione e dalla R&amp;S, sostenibilità attraverso lo sviluppo dei cluster, "
            "cooperazione internazionale e messa in rete dei cluster, miglioramento del quadro finanziario "
            "(finanziamento dei cluster), specializzazione dei cluster e delle regioni, nuove competenze e creazione "
            "di posti di lavoro – attraversano le fasi operative del progetto: 1. individuare le lacune informative e "
            "gli ostacoli e i modi per rimuoverli nel processo di apprendimento e 2. migliorare la progettazione di "
            "politiche regionali efficaci per i cluster. Le azioni pilota e la loro valutazione completano e "
            "concretizzano quindi le priorità fissate in astratto e servono a confrontare iniziative attuali e "
            "potenziali.</p>",
            "<p>Il progetto ClusterPoliSEE (Smarter Cluster Policies for South East Europe) è un progetto del "
            "Programma di cooperazione transnazionale Sud-Est Europa 2007–2013 (SEE), cofinanziato dalla Commissione "
            "europea. Il Comitato di pilotaggio è l'organo decisionale e di gestione del progetto.</p>",
            "<p>Il progetto è stato approvato nell'asse prioritario «Agevolare l'innovazione e l'imprenditorialità», "
            "area di intervento «Sviluppare reti tecnologiche e dell'innovazione in settori specifici», con il "
            "mandato «Meccanismi di apprendimento delle politiche a sostegno dello sviluppo dei cluster».</p>",
            "<p>Il consorzio comprenderà autorità nazionali e regionali e istituti di ricerca. Un gruppo di "
            "organizzazioni con esperienza scambierà conoscenze ed esperienze con autorità meno esperte. Sarà inoltre "
            "costituito un gruppo di utenti che desiderano imparare dall'esperienza dei propri partner. Particolare "
            "attenzione sarà rivolta all'impatto di ClusterPoliSEE sullo scambio di esperienze con altre iniziative "
            "europee per i cluster.</p>",
            "Scheda del progetto",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE), SEE/C/0008/1.3/X</p>",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) è un progetto del Programma di "
            "cooperazione transnazionale Sud-Est Europa 2007–2013 (SEE), cofinanziato dal Fondo europeo di sviluppo "
            "regionale (FESR) dell'UE e da fondi nazionali. Il programma Sud-Est Europa sostiene progetti sviluppati "
            "nell'ambito di quattro assi prioritari: innovazione, ambiente, accessibilità e sviluppo sostenibile.</p>",
            "<p>Il capofila di Smarter Cluster Policies for South East Europe (ClusterPoliSEE) è la Regione Marche "
            "(l'amministrazione della Regione Marche, una delle 20 regioni italiane), con sede ad Ancona. I partner "
            "del progetto sono 25 istituzioni e ONG di 11 paesi: Bulgaria (1), Austria (2), Grecia (3), Ungheria (2), "
            "Italia (4), Romania (4), Slovacchia (3), Slovenia (2), Albania (1), Croazia (1) e Serbia (2). Il partner "
            "bulgaro è l'Agenzia bulgara per la promozione delle piccole e medie imprese.</p>",
            "<p>Le attività del progetto sono organizzate in sei gruppi di lavoro tematici (WG); l'Agenzia bulgara "
            "per la promozione delle piccole e medie imprese coordina e guida il WG3 «Cooperazione internazionale e "
            "messa in rete dei cluster».</p>",
            "<p>Il budget complessivo del progetto è di 5.186.352 euro.</p>",
            "<p>Il periodo di attuazione va dal 1º maggio 2012 al 30 ottobre 2014.</p>",
            "Obiettivi",
            "Struttura di gestione",
        ],
    },
    "work-packages": {
        "title": "Pacchetti di lavoro",
        "slug": "pacchetti-di-lavoro",
        "introduction": "Il progetto si articola nei seguenti pacchetti di lavoro.",
    },
    "working-groups": {
        "title": "Gruppi di lavoro",
        "slug": "gruppi-di-lavoro",
        "introduction": (
            "Le attività del progetto sono organizzate in sei gruppi di lavoro tematici (WG); l'Agenzia bulgara per la "
            "promozione delle piccole e medie imprese coordina e guida il WG3 «Cooperazione internazionale e messa in "
            "rete dei cluster»."
        ),
    },
    "partners": {
        "title": "Partner",
        "slug": "partner",
        "introduction": (
            "I partner del progetto sono 25 istituzioni e ONG di 11 paesi: Bulgaria (1), Austria (2), Grecia (3), "
            "Ungheria (2), Italia (4), Romania (4), Slovacchia (3), Slovenia (2), Albania (1), Croazia (1) e Serbia "
            "(2)."
        ),
    },
    "news": {
        "title": "Notizie",
        "slug": "notizie",
        "introduction": "Notizie dal partenariato ClusterPoliSEE e dai suoi sei gruppi di lavoro.",
    },
    "events": {
        "title": "Eventi",
        "slug": "eventi",
        "introduction": (
            "Conferenze, workshop, webinar e visite di studio del partenariato e dei suoi gruppi di lavoro."
        ),
    },
    "deliverables": {
        "title": "Prodotti del progetto",
        "slug": "prodotti-del-progetto",
        "introduction": "I documenti prodotti dal progetto, per pacchetto di lavoro.",
    },
    "good-practices": {
        "title": "Buone pratiche",
        "slug": "buone-pratiche",
        "introduction": (
            "Gli esempi di politica per i cluster raccolti dai gruppi di lavoro: paese, regione, area tematica, "
            "strumento e risultati."
        ),
    },
    "newsletters": {
        "title": "Newsletter",
        "slug": "newsletter",
        "introduction": "I numeri precedenti della newsletter di ClusterPoliSEE e come ricevere i prossimi.",
    },
    "contact": {
        "title": "Contatti",
        "slug": "contatti",
        "introduction": "Come contattare il partenariato ClusterPoliSEE.",
        "body": [
            "<p>Il capofila di ClusterPoliSEE è la Regione Marche, Ancona, Italia. Il progetto ha partner in 11 paesi; "
            "l'elenco dei partner li presenta per paese.</p>",
            "Elenco dei partner",
        ],
    },
    "privacy-policy": {
        "title": "Informativa sulla privacy",
        "slug": "privacy",
        "introduction": "Come questo sito tratta i dati personali.",
        "body": [
            "Quali dati raccogliamo",
            "<p>Per leggere le pagine pubbliche non serve un account. Come ogni server web, anche il nostro registra "
            "nei suoi log dati tecnici come gli indirizzi IP, per mantenere il sito sicuro e funzionante.</p>"
            "<p>Se vi registrate, vi iscrivete alla newsletter o scrivete nei forum, conserviamo ciò che ci fornite "
            "(ad esempio nome, indirizzo e-mail, lingua preferita e messaggi) al solo scopo di fornire quel "
            "servizio.</p>",
            "Cookie",
            "<p>Il sito imposta solo i cookie necessari al suo funzionamento: uno che ricorda la lingua scelta e i "
            "cookie di sessione e di sicurezza quando accedete. Non imposta cookie pubblicitari né di "
            "tracciamento.</p>",
            "Dati sulle visite",
            "<p>Per riferire al programma fin dove arrivano i risultati del progetto, il sito conta le "
            "visualizzazioni di pagina e i download: per ogni pagina, lingua e giorno, con il nome del sito da "
            "cui proviene il visitatore (mai il suo indirizzo completo) e la lingua del browser. Il conteggio è "
            "anonimo: non imposta alcun cookie, non memorizza indirizzi IP né altri identificativi, e nulla nei "
            "dati rivela chi ha visitato il sito. I browser che chiedono di non essere tracciati (Do Not Track, "
            "Global Privacy Control) e i robot dei motori di ricerca non vengono contati. I dati giornalieri sono"
            " conservati per la durata del progetto e per i cinque anni successivi, come richiedono le sue regole"
            " di rendicontazione.</p>",
            "I vostri diritti",
            "<p>In base al Regolamento generale sulla protezione dei dati potete chiedere di consultare, rettificare "
            "o cancellare i vostri dati personali, e potete annullare l'iscrizione alla newsletter in qualsiasi "
            "momento. Scriveteci tramite la pagina dei contatti.</p>",
            "Contatti",
        ],
    },
    "accessibility": {
        "title": "Dichiarazione di accessibilità",
        "slug": "accessibilita",
        "introduction": "Vogliamo che tutti possano usare questo sito.",
        "body": [
            "<p>Il sito mira a soddisfare le Linee guida per l'accessibilità dei contenuti web (WCAG) 2.1 al livello "
            "AA: si può usare con la sola tastiera, ogni pagina ha un collegamento che porta direttamente al "
            "contenuto principale e titoli in ordine logico, le immagini hanno un'alternativa testuale e il testo si "
            "può ingrandire.</p>"
            "<p>Le pagine sono pubblicate nelle dodici lingue del partenariato. Se una pagina non è ancora tradotta, "
            "viene mostrata in inglese con un avviso che lo segnala.</p>"
            "<p>Se qualcosa in questo sito vi risulta difficile da usare, segnalatecelo tramite la pagina dei "
            "contatti, indicando la pagina e il problema.</p>",
            "Contatti",
        ],
    },
    "legal-notice": {
        "title": "Note legali",
        "slug": "note-legali",
        "introduction": "Chi pubblica questo sito e come è finanziato.",
        "body": [
            "<p>Questo è il sito di ClusterPoliSEE – Smarter Cluster Policies for South East Europe (codice "
            "SEE/C/0008/1.3/X), progetto del Programma di cooperazione transnazionale Sud-Est Europa 2007–2013. Il "
            "capofila è la Regione Marche, Ancona, Italia.</p>"
            "<p>Il progetto è cofinanziato dal Fondo europeo di sviluppo regionale (FESR) e da fondi nazionali "
            "nell'ambito del Programma di cooperazione transnazionale Sud-Est Europa.</p>"
            "<p>I contenuti di questo sito sono di esclusiva responsabilità dei partner del progetto. Non riflettono "
            "necessariamente le opinioni dell'Unione europea o delle autorità del programma, che non sono "
            "responsabili dell'uso che può essere fatto delle informazioni in esso contenute.</p>",
            "Contatti",
        ],
    },
}

THEMATIC_AREAS = {
    "WG1": {"name": "Sviluppo dei cluster trainato dall'innovazione e dalla R&S"},
    "WG2": {"name": "Sostenibilità attraverso lo sviluppo dei cluster"},
    "WG3": {"name": "Cooperazione internazionale e messa in rete dei cluster"},
    "WG4": {"name": "Miglioramento del quadro finanziario (finanziamento dei cluster)"},
    "WG5": {"name": "Specializzazione dei cluster e delle regioni"},
    "WG6": {"name": "Nuove competenze e creazione di posti di lavoro"},
}

FUNDING_STATEMENT = (
    "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) è un progetto del Programma di cooperazione "
    "transnazionale Sud-Est Europa 2007–2013, cofinanziato dal Fondo europeo di sviluppo regionale (FESR) e da fondi "
    "nazionali.</p>"
)
