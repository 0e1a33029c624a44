"""German translations of the demo site's structural pages, thematic areas and funding statement.

There is no German seed text: these are translations of the English source,
itself written from the seeds, in the terms the site's German catalogue uses
(Nachrichten, Veranstaltungen, Projektergebnisse …). Slugs are ASCII.
"""

PAGES = {
    "home": {
        "title": "ClusterPoliSEE",
        "seo_title": "Intelligentere Clusterpolitik für Südosteuropa",
        "slug": "startseite",
        "tagline": (
            "Eine Partnerschaft aus 25 Mitgliedern in 11 Ländern des SEE-Programms, die intelligentere "
            "Clusterpolitiken für den territorialen Zusammenhalt, Forschung und Entwicklung und offene "
            "Innovationssysteme in Südosteuropa entwickelt."
        ),
        "introduction": (
            "Hauptziel von ClusterPoliSEE ist es, die Fähigkeit regionaler Entscheidungsträger zu stärken, "
            "Veränderungen zu bewältigen, ihnen vorzubeugen und sie vorauszusehen und Strategien der intelligenten "
            "Spezialisierung zu entwickeln, die Cluster stärken und so die Diversifizierung und den Strukturwandel hin "
            "zu einer wissensbasierten Wirtschaft beschleunigen, in der jede Region Südosteuropas ihren Platz hat."
        ),
    },
    "objectives": {
        "title": "Ziele",
        "slug": "ziele",
        "introduction": (
            "Hauptziel des Projekts ist es, die Fähigkeit regionaler Entscheidungsträger zu stärken, Veränderungen zu "
            "bewältigen, ihnen vorzubeugen und sie vorauszusehen und Strategien der intelligenten Spezialisierung zu "
            "entwickeln, die Cluster stärken und so die Diversifizierung und den Strukturwandel hin zu einer "
            "wissensbasierten Wirtschaft beschleunigen, in der jede Region Südosteuropas ihren Platz hat."
        ),
        "body": [
            "<p>ClusterPoliSEE will regionale Clusterpolitiken festlegen, entwickeln und umsetzen, die aus der "
            "Bündelung von Ressourcen und der Einbindung von Tätigkeiten in die globale Wertschöpfungskette "
            "hervorgehen und regionale Wettbewerbsvorteile mit internationalen Synergien verbinden.</p>",
            "<p>Die spezifischen Ziele sind:</p><ol>"
            "<li>eine IKT-Kooperationsplattform als System von Lernmechanismen für die Partnerschaft und die "
            "relevanten Akteure aufzubauen, die die Clusterpolitik in Südosteuropa durch gemeinsames Lernen, "
            "Politiktransfer und Informationsaustausch verbessern wollen, und den Mehrwert transnationaler "
            "Zusammenarbeit auf der Grundlage einer offenen und interaktiven webgestützten Unterstützung des "
            "gegenseitigen Lernens zu erschließen;</li>"
            "<li>die regionalen Clusterpolitiken der beteiligten Länder eingehend zu bewerten, gestützt auf eine "
            "Überprüfung vergangener Maßnahmen, Zukunftsvisionen, eine Analyse des gegenwärtigen Kontexts und ein "
            "Verständnis der Arbeit mit parallelen Kontexten; dies trägt zu intelligenteren Politiken für bestehende "
            "und entwickelte Cluster bei, weil es die vorhandenen Daten und Informationen zur Clusterentwicklung "
            "besser verstehen lässt;</li>"
            "<li>auf der Grundlage eines vollständigen Bildes vergangener und gegenwärtiger regionaler "
            "Rahmenbedingungen die Faktoren, Instrumente, Erfahrungen und bewährten Praktiken in den sechs "
            "thematischen Schwerpunktbereichen zu ermitteln, um Mechanismen des Politiklernens zu entwickeln, die in "
            "Pilotinitiativen erprobt werden;</li>"
            "<li>die ergebnisorientierte transnationale Zusammenarbeit zu stärken, um neue Strategien (einen "
            "gemeinsamen Strategieplan, einen Nachhaltigkeitsplan und eine Initiative auf SEE-Ebene) für die "
            "Nachhaltigkeit der Projektergebnisse und als Beitrag zur Förderung Südosteuropas als Innovationsregion "
            "zu erarbeiten.</li></ol>",
        ],
    },
    "governance": {
        "title": "Projektsteuerung",
        "slug": "projektsteuerung",
        "body": [
            "Lenkungsausschuss",
            "<p>Der Lenkungsausschuss ist das Entscheidungs- und Leitungsgremium des Projekts. Er besteht aus je "
            "einem Vertreter jedes Partners und befasst sich mit der operativen Planung und der technischen "
            "Integration der Projekttätigkeiten, dem transnationalen Management, der Kommunikation sowie der "
            "Koordinierung und Unterstützung der Partner und der Finanzfachleute der beteiligten Länder. Der "
            "Lenkungsausschuss arbeitet mit dem Wissenschaftlich-technischen Beirat (STAB) zusammen.</p>",
            "Wissenschaftlich-technischer Beirat",
            "<p>Der STAB besteht aus einem Vertreter des Lead-Partners (als Koordinator) sowie den Leitern der "
            "Arbeitsgruppen und Arbeitspakete. Seine Mitglieder beraten transnational und interdisziplinär zu den "
            "Projekttätigkeiten, überwachen deren Qualität und fördern die Verknüpfung mit anderen EU-Initiativen, "
            "um die Nachhaltigkeit des Projekts ClusterPoliSEE und die Nutzung seiner Ergebnisse auf lokaler und "
            "europäischer Ebene zu sichern.</p>",
        ],
    },
    "about": {
        "title": "Über ClusterPoliSEE",
        "slug": "ueber-das-projekt",
        "introduction": (
            "Die Partnerschaft aus 25 Mitgliedern umfasst 11 Länder des SEE-Programms (8 EU-Mitgliedstaaten und 2 "
            "Länder des Instruments für Heranführungshilfe (IPA)) und will intelligentere Clusterpolitiken für den "
            "territorialen Zusammenhalt, Forschung und Entwicklung (F&E) und offene Innovationssysteme in "
            "Südosteuropa entwickeln; sie fördert die transnationale Zusammenarbeit zwischen Clustern sowie zwischen "
            "leistungsstarken und leistungsschwachen Regionen."
        ),
        "body": [
            "<p>Zu den Partnern gehören regionale und nationale Behörden, die für die Entwicklung und Umsetzung der "
            "Clusterpolitik zuständig sind, regionale Entwicklungsagenturen, die Clusterprogramme und regionale "
            "Innovationsstrategien verwalten, nationale Forschungsinstitute und Universitäten, Einrichtungen der "
            "Innovationsförderung und Clusternetzwerke. Der Projektantrag verfolgt einen methodischen Ansatz, der auf "
            "Experimenten einer reflektierten Politikgestaltung beruht, als Grundlage für eine bessere Formulierung "
            "und Umsetzung von Politik: Er sieht Instrumente des gegenseitigen Lernens vor, die zum Lernprozess "
            "passen, und Mechanismen, die sich für eine größere Zahl von Beteiligten und breite Konsultationen der "
            "Akteure eignen, nach dem methodischen Ansatz des Six Countries Programme.</p>",
            "<p>Der Arbeitsplan folgt einem Matrixansatz, in dem sechs clusterübergreifende Entwicklungsbereiche – "
            "innovations- und F&amp;E-getriebene Clusterentwicklung, Nachhaltigkeit durch Clusterentwicklung, "
            "internationale Clusterkooperation und Vernetzung, Verbesserung des Finanzierungsrahmens "
            "(Clusterfinanzierung), Cluster- und regionale Spezialisierung sowie neue Kompetenzen und Schaffung von "
            "Arbeitsplätzen – die operativen Phasen des Projekts durchlaufen: 1. die Informationslücken und "
            "Hindernisse zu ermitteln und Wege, sie im Lernprozess zu beseitigen, und 2. die Gestaltung wirksamer "
            "regionaler Clusterpolitiken zu verbessern. Die Pilotmaßnahmen und ihre Bewertung ergänzen und "
            "konkretisieren daher die abstrakt gesetzten Prioritäten und dienen dem Vergleich bestehender und "
            "möglicher Initiativen.</p>",
            "<p>Das Projekt ClusterPoliSEE (Smarter Cluster Policies for South East Europe) ist ein Projekt des "
            "Transnationalen Kooperationsprogramms Südosteuropa 2007–2013 (SEE), kofinanziert von der Europäischen "
            "Kommission. Der Lenkungsausschuss ist das Entscheidungs- und Leitungsgremium des Projekts.</p>",
            "<p>Das Projekt wurde in der Prioritätsachse „Förderung von Innovation und Unternehmertum“ genehmigt, im "
            "Interventionsbereich „Aufbau von Technologie- und Innovationsnetzwerken in bestimmten Bereichen“, mit "
            "dem Auftrag „Mechanismen des Politiklernens zur Unterstützung der Clusterentwicklung“.</p>",
            "<p>Dem Konsortium werden nationale und regionale Behörden und Forschungseinrichtungen angehören. Eine "
            "Gruppe erfahrener Organisationen wird Wissen und Erfahrung mit Behörden austauschen, die weniger Praxis "
            "haben. Außerdem wird eine Gruppe von Nutzern gebildet, die aus der Erfahrung ihrer Partner lernen wollen. "
            "Besondere Aufmerksamkeit gilt der Wirkung von ClusterPoliSEE auf den Erfahrungsaustausch mit anderen "
            "europäischen Clusterinitiativen.</p>",
            "Das Projekt ClusterPoliSEE",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE), SEE/C/0008/1.3/X</p>",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) ist ein Projekt des Transnationalen "
            "Kooperationsprogramms Südosteuropa 2007–2013 (SEE), kofinanziert aus dem Europäischen Fonds für "
            "regionale Entwicklung (EFRE) der EU und aus nationalen Mitteln. Das Programm Südosteuropa fördert "
            "Projekte in vier Prioritätsachsen: Innovation, Umwelt, Erreichbarkeit und nachhaltige Entwicklung.</p>",
            "<p>Lead-Partner von Smarter Cluster Policies for South East Europe (ClusterPoliSEE) ist die Regione "
            "Marche (die Verwaltung der Region Marken, einer der 20 Regionen Italiens) mit Sitz in Ancona. Partner "
            "des Projekts sind 25 Institutionen und NGOs aus 11 Ländern: Bulgarien (1), Österreich (2), Griechenland "
            "(3), Ungarn (2), Italien (4), Rumänien (4), Slowakei (3), Slowenien (2), Albanien (1), Kroatien (1) und "
            "Serbien (2). Der bulgarische Partner ist die Bulgarische Agentur zur Förderung kleiner und mittlerer "
            "Unternehmen.</p>",
            "<p>Die Tätigkeiten des Projekts sind in sechs thematische Arbeitsgruppen (WGs) gegliedert; die "
            "Bulgarische Agentur zur Förderung kleiner und mittlerer Unternehmen koordiniert und leitet die WG3 "
            "„Internationale Clusterkooperation und Vernetzung“.</p>",
            "<p>Das Gesamtbudget des Projekts beträgt 5.186.352 EUR.</p>",
            "<p>Die Laufzeit ist vom 1. Mai 2012 bis zum 30. Oktober 2014.</p>",
            "Ziele",
            "Projektsteuerung",
        ],
    },
    "work-packages": {
        "title": "Arbeitspakete",
        "slug": "arbeitspakete",
        "introduction": "Das Projekt besteht aus den folgenden Arbeitspaketen.",
    },
    "working-groups": {
        "title": "Arbeitsgruppen",
        "slug": "arbeitsgruppen",
        "introduction": (
            "Die Tätigkeiten des Projekts sind in sechs thematische Arbeitsgruppen (WGs) gegliedert; die Bulgarische "
            "Agentur zur Förderung kleiner und mittlerer Unternehmen koordiniert und leitet die WG3 „Internationale "
            "Clusterkooperation und Vernetzung“."
        ),
    },
    "partners": {
        "title": "Partner",
        "slug": "partner",
        "introduction": (
            "Partner des Projekts sind 25 Institutionen und NGOs aus 11 Ländern: Bulgarien (1), Österreich (2), "
            "Griechenland (3), Ungarn (2), Italien (4), Rumänien (4), Slowakei (3), Slowenien (2), Albanien (1), "
            "Kroatien (1) und Serbien (2)."
        ),
    },
    "news": {
        "title": "Nachrichten",
        "slug": "nachrichten",
        "introduction": "Nachrichten aus der Partnerschaft ClusterPoliSEE und ihren sechs Arbeitsgruppen.",
    },
    "events": {
        "title": "Veranstaltungen",
        "slug": "veranstaltungen",
        "introduction": (
            "Konferenzen, Workshops, Webinare und Studienbesuche der Partnerschaft und ihrer Arbeitsgruppen."
        ),
    },
    "deliverables": {
        "title": "Projektergebnisse",
        "slug": "projektergebnisse",
        "introduction": "Die Dokumente, die das Projekt erarbeitet, nach Arbeitspaketen.",
    },
    "good-practices": {
        "title": "Good-Practice-Beispiele",
        "slug": "good-practice-beispiele",
        "introduction": (
            "Die Beispiele für Clusterpolitik, die die Arbeitsgruppen sammeln: Land, Region, Themenbereich, "
            "Instrument und Ergebnisse."
        ),
    },
    "newsletters": {
        "title": "Newsletter",
        "slug": "newsletter",
        "introduction": "Frühere Ausgaben des ClusterPoliSEE-Newsletters und wie Sie die nächsten erhalten.",
    },
    "contact": {
        "title": "Kontakt",
        "slug": "kontakt",
        "introduction": "So erreichen Sie die Partnerschaft ClusterPoliSEE.",
        "body": [
            "<p>Lead-Partner von ClusterPoliSEE ist die Regione Marche (Region Marken), Ancona, Italien. Das Projekt "
            "hat Partner in 11 Ländern; das Partnerverzeichnis führt sie nach Ländern auf.</p>",
            "Partnerverzeichnis",
        ],
    },
    "privacy-policy": {
        "title": "Datenschutzerklärung",
        "slug": "datenschutz",
        "introduction": "Wie diese Website mit personenbezogenen Daten umgeht.",
        "body": [
            "Welche Daten wir erheben",
            "<p>Zum Lesen der öffentlichen Seiten brauchen Sie kein Konto. Wie jeder Webserver speichert auch unserer "
            "technische Daten wie IP-Adressen in seinen Protokollen, damit die Website sicher bleibt und "
            "funktioniert.</p>"
            "<p>Wenn Sie sich registrieren, den Newsletter abonnieren oder in den Foren schreiben, speichern wir, was "
            "Sie uns mitteilen (etwa Ihren Namen, Ihre E-Mail-Adresse, Ihre bevorzugte Sprache und Ihre Beiträge), "
            "um diesen Dienst zu erbringen, und zu keinem anderen Zweck.</p>",
            "Cookies",
            "<p>Die Website setzt nur die Cookies, die sie zum Funktionieren braucht: eines, das sich die gewählte "
            "Sprache merkt, sowie Sitzungs- und Sicherheitscookies, wenn Sie sich anmelden. Werbe- oder "
            "Tracking-Cookies setzt sie nicht.</p>",
            "Besucherzahlen",
            "<p>Um dem Programm zu berichten, wie weit die Ergebnisse des Projekts reichen, zählt die Website "
            "Seitenaufrufe und Downloads: für jede Seite, Sprache und jeden Tag, mit dem Namen der Website, von "
            "der ein Besuch kam (nie ihrer vollständigen Adresse), und der Sprache des Browsers. Die Zählung ist "
            "anonym: Sie setzt kein Cookie, speichert keine IP-Adresse und keine andere Kennung, und nichts in "
            "den Zahlen verrät, wer die Website besucht hat. Browser, die nicht verfolgt werden möchten (Do Not "
            "Track, Global Privacy Control), und Suchmaschinen-Robots werden nicht gezählt. Die Tageszahlen "
            "werden für die Laufzeit des Projekts und fünf Jahre danach aufbewahrt, wie es seine "
            "Berichtspflichten verlangen.</p>",
            "Ihre Rechte",
            "<p>Nach der Datenschutz-Grundverordnung können Sie Auskunft über Ihre personenbezogenen Daten verlangen "
            "und sie berichtigen oder löschen lassen; den Newsletter können Sie jederzeit abbestellen. Bitte "
            "schreiben Sie uns über die Kontaktseite.</p>",
            "Kontakt",
        ],
    },
    "accessibility": {
        "title": "Erklärung zur Barrierefreiheit",
        "slug": "barrierefreiheit",
        "introduction": "Alle sollen diese Website nutzen können.",
        "body": [
            "<p>Die Website soll die Richtlinien für barrierefreie Webinhalte (WCAG) 2.1 auf Stufe AA erfüllen: Sie "
            "lässt sich allein mit der Tastatur bedienen, jede Seite hat einen Link, der direkt zum Hauptinhalt "
            "springt, und Überschriften in logischer Reihenfolge, Bilder haben Textalternativen, und Text lässt sich "
            "vergrößern.</p>"
            "<p>Die Seiten erscheinen in den zwölf Sprachen der Partnerschaft. Ist eine Seite noch nicht übersetzt, "
            "wird sie mit einem entsprechenden Hinweis auf Englisch angezeigt.</p>"
            "<p>Wenn Ihnen etwas auf dieser Website die Nutzung erschwert, teilen Sie es uns bitte über die "
            "Kontaktseite mit und nennen Sie die Seite und das Problem.</p>",
            "Kontakt",
        ],
    },
    "legal-notice": {
        "title": "Impressum",
        "slug": "impressum",
        "introduction": "Wer diese Website herausgibt und wie sie finanziert wird.",
        "body": [
            "<p>Dies ist die Website von ClusterPoliSEE – Smarter Cluster Policies for South East Europe "
            "(Referenz SEE/C/0008/1.3/X), einem Projekt des Transnationalen Kooperationsprogramms Südosteuropa "
            "2007–2013. Lead-Partner ist die Regione Marche (Region Marken), Ancona, Italien.</p>"
            "<p>Das Projekt wird im Rahmen des Transnationalen Kooperationsprogramms Südosteuropa aus dem "
            "Europäischen Fonds für regionale Entwicklung (EFRE) und aus nationalen Mitteln kofinanziert.</p>"
            "<p>Für den Inhalt dieser Website sind allein die Projektpartner verantwortlich. Er gibt nicht "
            "notwendigerweise die Auffassung der Europäischen Union oder der Programmbehörden wieder, die nicht für "
            "die Verwendung der darin enthaltenen Informationen haften.</p>",
            "Kontakt",
        ],
    },
}

THEMATIC_AREAS = {
    "WG1": {"name": "Innovations- und F&E-getriebene Clusterentwicklung"},
    "WG2": {"name": "Nachhaltigkeit durch Clusterentwicklung"},
    "WG3": {"name": "Internationale Clusterkooperation und Vernetzung"},
    "WG4": {"name": "Verbesserung des Finanzierungsrahmens (Clusterfinanzierung)"},
    "WG5": {"name": "Cluster- und regionale Spezialisierung"},
    "WG6": {"name": "Neue Kompetenzen und Schaffung von Arbeitsplätzen"},
}

FUNDING_STATEMENT = (
    "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) ist ein Projekt des Transnationalen "
    "Kooperationsprogramms Südosteuropa 2007–2013, kofinanziert aus dem Europäischen Fonds für regionale Entwicklung "
    "(EFRE) und aus nationalen Mitteln.</p>"
)
