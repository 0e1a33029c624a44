"""Romanian translations of the demo site's structural pages, thematic areas and funding statement.

There is no Romanian seed text: these are translations of the English source,
itself written from the seeds, in the terms the site's Romanian catalogue uses
(Știri, Evenimente, Livrabile …). Slugs are ASCII.
"""

PAGES = {
    "home": {
        "title": "ClusterPoliSEE",
        "seo_title": "Politici de cluster mai inteligente pentru Europa de Sud-Est",
        "slug": "acasa",
        "tagline": (
            "Un parteneriat de 25 de membri din 11 țări ale programului SEE, care dezvoltă politici de cluster mai "
            "inteligente în sprijinul coeziunii teritoriale, al cercetării-dezvoltării și al sistemelor de inovare "
            "deschisă din Europa de Sud-Est."
        ),
        "introduction": (
            "Obiectivul principal al ClusterPoliSEE este consolidarea capacității factorilor de decizie regionali de "
            "a gestiona, a preveni și a anticipa schimbarea și de a elabora strategii de specializare inteligentă "
            "care să îmbunătățească clusterele, accelerând astfel diversificarea și schimbarea structurală către o "
            "economie bazată pe cunoaștere, în care fiecare regiune din Europa de Sud-Est își are locul."
        ),
    },
    "objectives": {
        "title": "Obiective",
        "slug": "obiective",
        "introduction": (
            "Obiectivul principal al proiectului este consolidarea capacității factorilor de decizie regionali de a "
            "gestiona, a preveni și a anticipa schimbarea și de a elabora strategii de specializare inteligentă care "
            "să îmbunătățească clusterele, accelerând astfel diversificarea și schimbarea structurală către o "
            "economie bazată pe cunoaștere, în care fiecare regiune din Europa de Sud-Est își are locul."
        ),
        "body": [
            "<p>ClusterPoliSEE își propune să definească, să dezvolte și să pună în aplicare politici regionale de "
            "cluster care rezultă din punerea în comun a resurselor și din integrarea activităților în lanțul valoric "
            "global, îmbinând avantajele competitive regionale cu sinergiile internaționale.</p>",
            "<p>Obiectivele specifice sunt:</p><ol>"
            "<li>crearea unei platforme de colaborare TIC ca sistem de mecanisme de învățare pentru parteneriat și "
            "pentru părțile interesate care urmăresc îmbunătățirea politicilor de cluster din Europa de Sud-Est prin "
            "învățare comună, transfer de politici și schimb de informații, precum și explorarea valorii adăugate a "
            "cooperării transnaționale pe baza unui sprijin online deschis și interactiv pentru învățarea "
            "reciprocă;</li>"
            "<li>o evaluare aprofundată a politicilor regionale de cluster din țările participante, pe baza "
            "analizei acțiunilor trecute, a viziunilor asupra viitorului, a analizei contextului actual și a "
            "înțelegerii lucrului cu contexte paralele; aceasta va contribui la politici mai inteligente în sprijinul "
            "clusterelor existente și dezvoltate, îmbunătățind înțelegerea datelor și informațiilor disponibile "
            "privind dezvoltarea clusterelor;</li>"
            "<li>identificarea factorilor, instrumentelor, experienței și celor mai bune practici legate de cele "
            "șase domenii tematice prioritare, pe baza unei imagini complete a cadrelor regionale trecute și "
            "actuale, pentru a dezvolta mecanisme de învățare a politicilor care vor fi testate prin inițiative "
            "pilot;</li>"
            "<li>consolidarea cooperării transnaționale orientate spre rezultate, pentru a pregăti noi strategii (un "
            "Plan strategic comun, un Plan de sustenabilitate și o inițiativă la nivelul SEE) pentru sustenabilitatea "
            "rezultatelor proiectului și ca o contribuție la sprijinirea Europei de Sud-Est ca regiune a "
            "inovării.</li></ol>",
        ],
    },
    "governance": {
        "title": "Structura de conducere",
        "slug": "structura-de-conducere",
        "body": [
            "Comitetul director",
            "<p>Comitetul director este organul de decizie și de conducere al proiectului. Este format din câte un "
            "reprezentant al fiecărui partener și se ocupă de planificarea operațională și de integrarea tehnică a "
            "activităților proiectului, de managementul transnațional, de comunicare, precum și de coordonarea și "
            "sprijinirea partenerilor și a experților financiari din țările participante. Comitetul director "
            "colaborează cu Consiliul consultativ științific și tehnic (STAB).</p>",
            "Consiliul consultativ științific și tehnic",
            "<p>STAB este format dintr-un reprezentant al partenerului lider (în calitate de coordonator) și din "
            "coordonatorii grupurilor de lucru și ai pachetelor de lucru. Membrii săi oferă consultanță "
            "transnațională și interdisciplinară privind activitățile proiectului, îi monitorizează calitatea și "
            "promovează integrarea cu alte inițiative ale UE, pentru a asigura sustenabilitatea proiectului "
            "ClusterPoliSEE și valorificarea rezultatelor sale la nivel local și european.</p>",
        ],
    },
    "about": {
        "title": "Despre ClusterPoliSEE",
        "slug": "despre-proiect",
        "introduction": (
            "Parteneriatul de 25 de membri acoperă 11 țări ale programului SEE (8 state membre ale UE și 2 țări ale "
            "Instrumentului de asistență pentru preaderare (IPA)) și urmărește să dezvolte politici de cluster mai "
            "inteligente în sprijinul coeziunii teritoriale, al cercetării și dezvoltării (C&D) și al sistemelor de "
            "inovare deschisă din Europa de Sud-Est, încurajând cooperarea transnațională între clustere și între "
            "regiunile cu performanțe ridicate și cele cu performanțe scăzute."
        ),
        "body": [
            "<p>Printre parteneri se numără autorități publice regionale și naționale responsabile de elaborarea și "
            "punerea în aplicare a politicii de cluster, agenții de dezvoltare regională responsabile de gestionarea "
            "programelor de cluster și a strategiilor regionale de inovare, institute naționale de cercetare și "
            "universități, organisme de promovare a inovării și rețele de clustere. Propunerea de proiect adoptă o "
            "abordare metodologică bazată pe experimente de elaborare reflexivă a politicilor, ca bază pentru o mai "
            "bună formulare și punere în aplicare a politicilor: prevede instrumente de învățare reciprocă potrivite "
            "procesului de învățare și mecanisme potrivite pentru un număr mai mare de participanți și pentru "
            "consultări ample cu părțile interesate, aplicând abordarea metodologică a Six Countries Programme.</p>",
            "<p>Planul de lucru urmează o abordare matriceală în care șase domenii de dezvoltare intercluster – "
            "dezvoltarea clusterelor bazată pe inovare și C&amp;D, sustenabilitatea prin dezvoltarea clusterelor, "
            "cooperarea internațională și colaborarea în rețea a clusterelor, îmbunătățirea cadrului financiar "
            "(finanțarea clusterelor), specializarea clusterelor și a regiunilor, noi competențe și crearea de locuri "
            "de muncă – străbat etapele operaționale ale proiectului: 1. identificarea lacunelor de informare și a "
            "obstacolelor și a modalităților de eliminare a acestora în procesul de învățare și 2. îmbunătățirea "
            "elaborării unor politici regionale de cluster eficace. Acțiunile pilot și evaluarea lor completează și "
            "concretizează astfel prioritățile stabilite în abstract și servesc la compararea inițiativelor actuale "
            "și potențiale.</p>",
            "<p>Proiectul ClusterPoliSEE (Smarter Cluster Policies for South East Europe) este un proiect al "
            "Programului de cooperare transnațională Europa de Sud-Est 2007–2013 (SEE), cofinanțat de Comisia "
            "Europeană. Comitetul director este organul de decizie și de conducere al proiectului.</p>",
            "<p>Proiectul a fost aprobat în cadrul axei prioritare „Facilitarea inovării și a antreprenoriatului”, "
            "domeniul de intervenție „Dezvoltarea rețelelor de tehnologie și inovare în domenii specifice”, cu "
            "termenii de referință „Mecanisme de învățare a politicilor în sprijinul dezvoltării clusterelor”.</p>",
            "<p>Consorțiul va cuprinde autorități naționale și regionale și instituții de cercetare. Un grup de "
            "organizații cu experiență va face schimb de cunoștințe și experiență cu autorități care au mai puțină "
            "practică. Va fi format, de asemenea, un grup de utilizatori care doresc să învețe din experiența "
            "partenerilor lor. O atenție deosebită va fi acordată impactului ClusterPoliSEE asupra schimbului de "
            "experiență cu alte inițiative europene de cluster.</p>",
            "Proiectul ClusterPoliSEE",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE), SEE/C/0008/1.3/X</p>",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) este un proiect al Programului de "
            "cooperare transnațională Europa de Sud-Est 2007–2013 (SEE), cofinanțat din Fondul European de Dezvoltare "
            "Regională (FEDR) al UE și din bugete naționale. Programul Europa de Sud-Est sprijină proiecte dezvoltate "
            "în cadrul a patru axe prioritare: inovare, mediu, accesibilitate și dezvoltare durabilă.</p>",
            "<p>Partenerul lider al Smarter Cluster Policies for South East Europe (ClusterPoliSEE) este Regione "
            "Marche (administrația regiunii Marche, una dintre cele 20 de regiuni ale Italiei), cu sediul la Ancona. "
            "Partenerii proiectului sunt 25 de instituții și ONG-uri din 11 țări: Bulgaria (1), Austria (2), Grecia "
            "(3), Ungaria (2), Italia (4), România (4), Slovacia (3), Slovenia (2), Albania (1), Croația (1) și "
            "Serbia (2). Partenerul din Bulgaria este Agenția Bulgară pentru Promovarea Întreprinderilor Mici și "
            "Mijlocii.</p>",
            "<p>Activitățile proiectului sunt organizate în șase grupuri de lucru tematice (WG); Agenția Bulgară "
            "pentru Promovarea Întreprinderilor Mici și Mijlocii coordonează și conduce WG3 „Cooperare "
            "internațională și colaborare în rețea a clusterelor”.</p>",
            "<p>Bugetul total al proiectului este de 5.186.352 EUR.</p>",
            "<p>Perioada de implementare: 1 mai 2012 – 30 octombrie 2014.</p>",
            "Obiective",
            "Structura de conducere",
        ],
    },
    "work-packages": {
        "title": "Pachete de lucru",
        "slug": "pachete-de-lucru",
        "introduction": "Proiectul este alcătuit din următoarele pachete de lucru.",
    },
    "working-groups": {
        "title": "Grupuri de lucru",
        "slug": "grupuri-de-lucru",
        "introduction": (
            "Activitățile proiectului sunt organizate în șase grupuri de lucru tematice (WG); Agenția Bulgară pentru "
            "Promovarea Întreprinderilor Mici și Mijlocii coordonează și conduce WG3 „Cooperare internațională și "
            "colaborare în rețea a clusterelor”."
        ),
    },
    "partners": {
        "title": "Parteneri",
        "slug": "parteneri",
        "introduction": (
            "Partenerii proiectului sunt 25 de instituții și ONG-uri din 11 țări: Bulgaria (1), Austria (2), Grecia "
            "(3), Ungaria (2), Italia (4), România (4), Slovacia (3), Slovenia (2), Albania (1), Croația (1) și "
            "Serbia (2)."
        ),
    },
    "news": {
        "title": "Știri",
        "slug": "stiri",
        "introduction": "Știri din parteneriatul ClusterPoliSEE și din cele șase grupuri de lucru ale sale.",
    },
    "events": {
        "title": "Evenimente",
        "slug": "evenimente",
        "introduction": (
            "Conferințe, ateliere, webinare și vizite de studiu ale parteneriatului și ale grupurilor sale de lucru."
        ),
    },
    "deliverables": {
        "title": "Livrabile",
        "slug": "livrabile",
        "introduction": "Documentele elaborate în cadrul proiectului, pe pachete de lucru.",
    },
    "good-practices": {
        "title": "Bune practici",
        "slug": "bune-practici",
        "introduction": (
            "Exemplele de politică de cluster pe care le colectează grupurile de lucru: țara, regiunea, domeniul "
            "tematic, instrumentul și rezultatele."
        ),
    },
    "newsletters": {
        "title": "Buletine informative",
        "slug": "buletine-informative",
        "introduction": (
            "Numerele anterioare ale buletinului informativ ClusterPoliSEE și cum le puteți primi pe următoarele."
        ),
    },
    "contact": {
        "title": "Contact",
        "slug": "contact",
        "introduction": "Cum puteți contacta parteneriatul ClusterPoliSEE.",
        "body": [
            "<p>Partenerul lider al ClusterPoliSEE este Regione Marche (regiunea Marche), Ancona, Italia. Proiectul "
            "are parteneri în 11 țări; lista partenerilor îi prezintă pe țări.</p>",
            "Lista partenerilor",
        ],
    },
    "privacy-policy": {
        "title": "Politica de confidențialitate",
        "slug": "confidentialitate",
        "introduction": "Cum tratează acest site datele cu caracter personal.",
        "body": [
            "Ce date colectăm",
            "<p>Pentru a citi paginile publice nu aveți nevoie de cont. Ca orice server web, și al nostru "
            "înregistrează în jurnalele sale date tehnice, cum ar fi adresele IP, pentru ca site-ul să rămână sigur "
            "și să funcționeze.</p><p>Dacă vă înregistrați, vă abonați la buletinul informativ sau scrieți în "
            "forumuri, păstrăm datele pe care ni le furnizați (de exemplu numele, adresa de e-mail, limba preferată "
            "și mesajele dumneavoastră) pentru a vă oferi acel serviciu și în niciun alt scop.</p>",
            "Cookie-uri",
            "<p>Site-ul folosește doar cookie-urile de care are nevoie pentru a funcționa: unul care reține limba "
            "aleasă și cookie-uri de sesiune și de securitate atunci când vă autentificați. Nu folosește cookie-uri "
            "de publicitate sau de urmărire.</p>",
            "Date despre vizite",
            "<p>Pentru a raporta programului cât de departe ajung rezultatele proiectului, site-ul numără "
            "vizualizările de pagini și descărcările: pentru fiecare pagină, limbă și zi, cu numele site-ului de "
            "pe care a venit vizitatorul (niciodată adresa sa completă) și limba browserului. Numărarea este "
            "anonimă: nu plasează niciun cookie, nu stochează adresa IP sau alt identificator, iar nimic din date"
            " nu arată cine a vizitat site-ul. Browserele care cer să nu fie urmărite (Do Not Track, Global "
            "Privacy Control) și roboții motoarelor de căutare nu sunt numărați. Datele zilnice sunt păstrate pe "
            "durata proiectului și încă cinci ani după, așa cum cer regulile sale de raportare.</p>",
            "Drepturile dumneavoastră",
            "<p>În temeiul Regulamentului general privind protecția datelor puteți solicita accesul la datele "
            "dumneavoastră cu caracter personal, rectificarea sau ștergerea lor și vă puteți dezabona oricând de la "
            "buletinul informativ. Vă rugăm să ne scrieți prin pagina de contact.</p>",
            "Contact",
        ],
    },
    "accessibility": {
        "title": "Declarație de accesibilitate",
        "slug": "accesibilitate",
        "introduction": "Ne dorim ca toată lumea să poată folosi acest site.",
        "body": [
            "<p>Site-ul urmărește să respecte Ghidul de accesibilitate a conținutului web (WCAG) 2.1, nivelul AA: "
            "poate fi folosit doar cu tastatura, fiecare pagină are un link care duce direct la conținutul principal "
            "și titluri într-o ordine logică, imaginile au text alternativ, iar textul poate fi mărit.</p>"
            "<p>Paginile sunt publicate în cele douăsprezece limbi ale parteneriatului. Dacă o pagină nu a fost încă "
            "tradusă, ea este afișată în engleză, cu o notificare în acest sens.</p>"
            "<p>Dacă ceva de pe acest site vă este greu de folosit, vă rugăm să ne spuneți prin pagina de contact, "
            "precizând pagina și problema.</p>",
            "Contact",
        ],
    },
    "legal-notice": {
        "title": "Informații legale",
        "slug": "informatii-legale",
        "introduction": "Cine publică acest site și cum este finanțat.",
        "body": [
            "<p>Acesta este site-ul ClusterPoliSEE – Smarter Cluster Policies for South East Europe (referința "
            "SEE/C/0008/1.3/X), un proiect al Programului de cooperare transnațională Europa de Sud-Est 2007–2013. "
            "Partenerul lider este Regione Marche (regiunea Marche), Ancona, Italia.</p>"
            "<p>Proiectul este cofinanțat din Fondul European de Dezvoltare Regională (FEDR) și din bugete naționale, "
            "în cadrul Programului de cooperare transnațională Europa de Sud-Est.</p>"
            "<p>Responsabilitatea pentru conținutul acestui site revine exclusiv partenerilor proiectului. Acesta nu "
            "reflectă neapărat opiniile Uniunii Europene sau ale autorităților programului, care nu sunt răspunzătoare "
            "pentru modul în care pot fi folosite informațiile pe care le conține.</p>",
            "Contact",
        ],
    },
}

THEMATIC_AREAS = {
    "WG1": {"name": "Dezvoltarea clusterelor bazată pe inovare și C&D"},
    "WG2": {"name": "Sustenabilitate prin dezvoltarea clusterelor"},
    "WG3": {"name": "Cooperare internațională și colaborare în rețea a clusterelor"},
    "WG4": {"name": "Îmbunătățirea cadrului financiar (finanțarea clusterelor)"},
    "WG5": {"name": "Specializarea clusterelor și a regiunilor"},
    "WG6": {"name": "Noi competențe și crearea de locuri de muncă"},
}

FUNDING_STATEMENT = (
    "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) este un proiect al Programului de cooperare "
    "transnațională Europa de Sud-Est 2007–2013, cofinanțat din Fondul European de Dezvoltare Regională (FEDR) și din "
    "bugete naționale.</p>"
)
