"""Albanian translations of the demo site's structural pages, thematic areas and funding statement.

There is no Albanian seed text: these are translations of the English source,
itself written from the seeds, in the terms the site's Albanian catalogue uses
(Lajme, Ngjarjet, Praktikat e mira …). Slugs are ASCII.
"""

PAGES = {
    "home": {
        "title": "ClusterPoliSEE",
        "seo_title": "Politika më të zgjuara për klasterët në Evropën Juglindore",
        "slug": "kreu",
        "tagline": (
            "Një partneritet me 25 anëtarë nga 11 vende të programit SEE, që harton politika më të zgjuara për "
            "klasterët në mbështetje të kohezionit territorial, kërkimit dhe zhvillimit dhe sistemeve të hapura të "
            "inovacionit në Evropën Juglindore."
        ),
        "introduction": (
            "Qëllimi kryesor i ClusterPoliSEE është të forcojë aftësinë e politikëbërësve rajonalë për të përballuar, "
            "parandaluar dhe parashikuar ndryshimet dhe për të hartuar strategji të specializimit të zgjuar që "
            "përmirësojnë klasterët, duke përshpejtuar kështu diversifikimin dhe ndryshimin strukturor drejt një "
            "ekonomie të dijes, ku ka vend për çdo rajon të Evropës Juglindore."
        ),
    },
    "objectives": {
        "title": "Objektivat",
        "slug": "objektivat",
        "introduction": (
            "Qëllimi kryesor i projektit është të forcojë aftësinë e politikëbërësve rajonalë për të përballuar, "
            "parandaluar dhe parashikuar ndryshimet dhe për të hartuar strategji të specializimit të zgjuar që "
            "përmirësojnë klasterët, duke përshpejtuar kështu diversifikimin dhe ndryshimin strukturor drejt një "
            "ekonomie të dijes, në të cilën çdo rajon i Evropës Juglindore ka vendin e vet."
        ),
        "body": [
            "<p>ClusterPoliSEE synon të përcaktojë, të zhvillojë dhe të zbatojë politika rajonale për klasterët që "
            "lindin nga bashkimi i burimeve dhe integrimi i veprimtarive në zinxhirin global të vlerës, duke "
            "ndërthurur avantazhet konkurruese rajonale me sinergjitë ndërkombëtare.</p>",
            "<p>Objektivat specifike janë:</p><ol>"
            "<li>krijimi i një platforme bashkëpunimi TIK si sistem mekanizmash mësimi për partneritetin dhe palët e "
            "interesuara që synojnë të përmirësojnë politikat për klasterët në Evropën Juglindore përmes mësimit të "
            "përbashkët, transferimit të politikave dhe shkëmbimit të informacionit, si dhe shqyrtimi i vlerës së "
            "shtuar të bashkëpunimit transnacional mbi bazën e një mbështetjeje të hapur dhe ndërvepruese në internet "
            "për mësimin e ndërsjellë;</li>"
            "<li>një vlerësim i thelluar i politikave rajonale për klasterët në vendet pjesëmarrëse, bazuar në "
            "shqyrtimin e veprimeve të kaluara, vizionet për të ardhmen, analizën e kontekstit të tanishëm dhe "
            "kuptimin e punës me kontekste paralele; kjo do të kontribuojë në politika më të zgjuara në mbështetje të "
            "klasterëve ekzistues dhe të zhvilluar, duke përmirësuar kuptimin e të dhënave dhe informacionit të "
            "disponueshëm për zhvillimin e klasterëve;</li>"
            "<li>identifikimi i faktorëve, mjeteve, përvojës dhe praktikave më të mira në gjashtë fushat tematike "
            "prioritare, bazuar në një pamje të plotë të kuadrove rajonale të kaluara dhe të tanishme, me qëllim "
            "zhvillimin e mekanizmave të mësimit të politikave që do të testohen përmes nismave pilot;</li>"
            "<li>forcimi i bashkëpunimit transnacional të orientuar drejt rezultateve, për të përgatitur strategji të "
            "reja (një Plan Strategjik të Përbashkët, një Plan Qëndrueshmërie dhe një nismë në nivelin e Evropës "
            "Juglindore) për qëndrueshmërinë e rezultateve të projektit dhe si kontribut në mbështetjen e Evropës "
            "Juglindore si rajon i inovacionit.</li></ol>",
        ],
    },
    "governance": {
        "title": "Qeverisja e projektit",
        "slug": "qeverisja",
        "body": [
            "Komiteti Drejtues",
            "<p>Komiteti Drejtues është organi vendimmarrës dhe drejtues i projektit. Ai përbëhet nga një përfaqësues "
            "i secilit partner dhe merret me planifikimin operacional dhe integrimin teknik të veprimtarive të "
            "projektit, menaxhimin transnacional, komunikimin, si dhe koordinimin dhe mbështetjen e partnerëve dhe të "
            "ekspertëve financiarë të vendeve pjesëmarrëse. Komiteti Drejtues punon së bashku me Bordin Këshillimor "
            "Shkencor dhe Teknik (STAB).</p>",
            "Bordi Këshillimor Shkencor dhe Teknik",
            "<p>STAB përbëhet nga një përfaqësues i partnerit drejtues (si koordinator) dhe drejtuesit e grupeve të "
            "punës dhe të paketave të punës. Anëtarët e tij japin këshilla transnacionale dhe ndërdisiplinore për "
            "veprimtaritë e projektit, monitorojnë cilësinë e tij dhe nxitin lidhjen me nisma të tjera të BE-së, për "
            "të siguruar qëndrueshmërinë e projektit ClusterPoliSEE dhe shfrytëzimin e rezultateve të tij në nivel "
            "vendor dhe evropian.</p>",
        ],
    },
    "about": {
        "title": "Rreth ClusterPoliSEE",
        "slug": "rreth-projektit",
        "introduction": (
            "Partneriteti me 25 anëtarë përfshin 11 vende të programit SEE (8 shtete anëtare të BE-së dhe 2 vende të "
            "Instrumentit të Asistencës së Paraanëtarësimit (IPA)) dhe synon të hartojë politika më të zgjuara për "
            "klasterët në mbështetje të kohezionit territorial, kërkimit dhe zhvillimit (K&Zh) dhe sistemeve të "
            "hapura të inovacionit në Evropën Juglindore, duke nxitur bashkëpunimin transnacional midis klasterëve "
            "dhe midis rajoneve me performancë të lartë dhe të ulët."
        ),
        "body": [
            "<p>Ndër partnerët janë autoritete publike rajonale dhe kombëtare përgjegjëse për hartimin dhe zbatimin e "
            "politikës për klasterët, agjenci të zhvillimit rajonal përgjegjëse për menaxhimin e programeve për "
            "klasterët dhe të strategjive rajonale të inovacionit, institute kombëtare kërkimore dhe universitete, "
            "organe të nxitjes së inovacionit dhe rrjete klasterësh. Propozimi i projektit ndjek një qasje "
            "metodologjike të bazuar në eksperimente të politikëbërjes reflektuese, si bazë për një formulim dhe "
            "zbatim më të mirë të politikave: ai parashikon mjete të mësimit të ndërsjellë të përshtatshme për "
            "procesin e mësimit dhe mekanizma të përshtatshëm për një numër më të madh pjesëmarrësish dhe për "
            "konsultime të gjera me palët e interesuara, duke zbatuar qasjen metodologjike të Six Countries "
            "Programme.</p>",
            "<p>Plani i punës ndjek një qasje matricore, në të cilën gjashtë fusha zhvillimi ndërklasterore – "
            "zhvillimi i klasterëve i nxitur nga inovacioni dhe K&amp;Zh, qëndrueshmëria përmes zhvillimit të "
            "klasterëve, bashkëpunimi ndërkombëtar dhe rrjetëzimi i klasterëve, përmirësimi i kuadrit financiar "
            "(financimi i klasterëve), specializimi i klasterëve dhe i rajoneve, si dhe aftësitë e reja dhe krijimi i "
            "vendeve të punës – përshkojnë fazat operacionale të projektit: 1. identifikimin e boshllëqeve të "
            "informacionit dhe të pengesave dhe të mënyrave për t'i hequr ato në procesin e mësimit dhe 2. "
            "përmirësimin e hartimit të politikave rajonale efektive për klasterët. Veprimet pilot dhe vlerësimi i "
            "tyre plotësojnë dhe konkretizojnë kështu prioritetet e përcaktuara në mënyrë abstrakte dhe shërbejnë për "
            "të krahasuar nismat aktuale dhe të mundshme.</p>",
            "<p>Projekti ClusterPoliSEE (Smarter Cluster Policies for South East Europe) është një projekt i "
            "Programit të Bashkëpunimit Transnacional Evropa Juglindore 2007–2013 (SEE), i bashkëfinancuar nga "
            "Komisioni Evropian. Komiteti Drejtues është organi vendimmarrës dhe drejtues i projektit.</p>",
            "<p>Projekti u miratua në boshtin prioritar „Lehtësimi i inovacionit dhe i sipërmarrjes”, fusha e "
            "ndërhyrjes „Zhvillimi i rrjeteve të teknologjisë dhe të inovacionit në fusha të caktuara”, me termat e "
            "referencës „Mekanizma të mësimit të politikave në mbështetje të zhvillimit të klasterëve”.</p>",
            "<p>Konsorciumi do të përfshijë autoritete kombëtare dhe rajonale dhe institucione kërkimore. Një grup "
            "organizatash me përvojë do të shkëmbejë njohuri dhe përvojë me autoritete që kanë më pak praktikë. Do të "
            "krijohet gjithashtu një grup përdoruesish që duan të mësojnë nga përvoja e partnerëve të tyre. Vëmendje "
            "e veçantë do t'i kushtohet ndikimit të ClusterPoliSEE në shkëmbimin e përvojës me nisma të tjera "
            "evropiane për klasterët.</p>",
            "Projekti ClusterPoliSEE",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE), SEE/C/0008/1.3/X</p>",
            "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) është një projekt i Programit të "
            "Bashkëpunimit Transnacional Evropa Juglindore 2007–2013 (SEE), i bashkëfinancuar nga Fondi Evropian për "
            "Zhvillim Rajonal (FEZHR) i BE-së dhe nga buxhetet kombëtare. Programi Evropa Juglindore mbështet projekte "
            "të zhvilluara në katër boshte prioritare: inovacioni, mjedisi, aksesueshmëria dhe zhvillimi i "
            "qëndrueshëm.</p>",
            "<p>Partneri drejtues i Smarter Cluster Policies for South East Europe (ClusterPoliSEE) është Regione "
            "Marche (administrata e rajonit Marke, një nga 20 rajonet e Italisë), me seli në Ankona. Partnerët e "
            "projektit janë 25 institucione dhe OJQ nga 11 vende: Bullgaria (1), Austria (2), Greqia (3), Hungaria "
            "(2), Italia (4), Rumania (4), Sllovakia (3), Sllovenia (2), Shqipëria (1), Kroacia (1) dhe Serbia (2). "
            "Partneri nga Bullgaria është Agjencia Bullgare për Nxitjen e Ndërmarrjeve të Vogla dhe të Mesme.</p>",
            "<p>Veprimtaritë e projektit janë organizuar në gjashtë grupe pune tematike (WG); Agjencia Bullgare për "
            "Nxitjen e Ndërmarrjeve të Vogla dhe të Mesme koordinon dhe drejton WG3 „Bashkëpunimi ndërkombëtar dhe "
            "rrjetëzimi i klasterëve”.</p>",
            "<p>Buxheti i përgjithshëm i projektit është 5 186 352 euro.</p>",
            "<p>Periudha e zbatimit: 1 maj 2012 – 30 tetor 2014.</p>",
            "Objektivat",
            "Qeverisja e projektit",
        ],
    },
    "work-packages": {
        "title": "Paketat e punës",
        "slug": "paketat-e-punes",
        "introduction": "Projekti përbëhet nga paketat e mëposhtme të punës.",
    },
    "working-groups": {
        "title": "Grupet e punës",
        "slug": "grupet-e-punes",
        "introduction": (
            "Veprimtaritë e projektit janë organizuar në gjashtë grupe pune tematike (WG); Agjencia Bullgare për "
            "Nxitjen e Ndërmarrjeve të Vogla dhe të Mesme koordinon dhe drejton WG3 „Bashkëpunimi ndërkombëtar dhe "
            "rrjetëzimi i klasterëve”."
        ),
    },
    "partners": {
        "title": "Partnerët",
        "slug": "partneret",
        "introduction": (
            "Partnerët e projektit janë 25 institucione dhe OJQ nga 11 vende: Bullgaria (1), Austria (2), Greqia (3), "
            "Hungaria (2), Italia (4), Rumania (4), Sllovakia (3), Sllovenia (2), Shqipëria (1), Kroacia (1) dhe "
            "Serbia (2)."
        ),
    },
    "news": {
        "title": "Lajme",
        "slug": "lajme",
        "introduction": "Lajme nga partneriteti ClusterPoliSEE dhe nga gjashtë grupet e tij të punës.",
    },
    "events": {
        "title": "Ngjarjet",
        "slug": "ngjarjet",
        "introduction": (
            "Konferenca, seminare pune, seminare në internet dhe vizita studimore të partneritetit dhe të grupeve të "
            "tij të punës."
        ),
    },
    "deliverables": {
        "title": "Produktet e projektit",
        "slug": "produktet-e-projektit",
        "introduction": "Dokumentet që harton projekti, sipas paketave të punës.",
    },
    "good-practices": {
        "title": "Praktikat e mira",
        "slug": "praktikat-e-mira",
        "introduction": (
            "Shembujt e politikave për klasterët që mbledhin grupet e punës: vendi, rajoni, fusha tematike, "
            "instrumenti dhe rezultatet."
        ),
    },
    "newsletters": {
        "title": "Buletinet",
        "slug": "buletinet",
        "introduction": "Numrat e mëparshëm të buletinit të ClusterPoliSEE dhe si t'i merrni numrat e ardhshëm.",
    },
    "contact": {
        "title": "Kontakti",
        "slug": "kontakti",
        "introduction": "Si të lidheni me partneritetin ClusterPoliSEE.",
        "body": [
            "<p>Partneri drejtues i ClusterPoliSEE është Regione Marche (rajoni Marke), Ankona, Itali. Projekti ka "
            "partnerë në 11 vende; lista e partnerëve i paraqet sipas vendeve.</p>",
            "Lista e partnerëve",
        ],
    },
    "privacy-policy": {
        "title": "Politika e privatësisë",
        "slug": "politika-e-privatesise",
        "introduction": "Si i trajton ky uebsajt të dhënat personale.",
        "body": [
            "Çfarë mbledhim",
            "<p>Për të lexuar faqet publike nuk ju nevojitet llogari. Si çdo server uebi, edhe yni regjistron në "
            "regjistrat e tij të dhëna teknike, si adresat IP, që uebsajti të mbetet i sigurt dhe të "
            "funksionojë.</p>"
            "<p>Nëse regjistroheni, abonoheni në buletin ose shkruani në forume, ruajmë atë që na jepni (si emrin, "
            "adresën e e-mailit, gjuhën e preferuar dhe postimet tuaja) për t'ju ofruar atë shërbim dhe për asnjë "
            "qëllim tjetër.</p>",
            "Cookies",
            "<p>Uebsajti vendos vetëm cookies që i nevojiten për të funksionuar: një që mban mend gjuhën që zgjidhni, "
            "si dhe cookies sesioni dhe sigurie kur identifikoheni. Nuk vendos cookies reklamash apo gjurmimi.</p>",
            "Të dhënat e vizitave",
            "<p>Për t'i raportuar programit se sa larg arrijnë rezultatet e projektit, faqja numëron shikimet e "
            "faqeve dhe shkarkimet: për çdo faqe, gjuhë dhe ditë, me emrin e faqes nga e cila erdhi vizitori "
            "(kurrë adresën e plotë) dhe gjuhën e shfletuesit. Numërimi është anonim: nuk vendos asnjë cookie, "
            "nuk ruan adresë IP apo identifikues tjetër, dhe asgjë në të dhëna nuk tregon se kush e vizitoi "
            "faqen. Shfletuesit që kërkojnë të mos gjurmohen (Do Not Track, Global Privacy Control) dhe robotët e"
            " motorëve të kërkimit nuk numërohen. Të dhënat ditore ruhen gjatë kohëzgjatjes së projektit dhe pesë"
            " vjet pas tij, siç e kërkojnë rregullat e raportimit.</p>",
            "Të drejtat tuaja",
            "<p>Sipas Rregullores së Përgjithshme për Mbrojtjen e të Dhënave mund të kërkoni të shihni, të korrigjoni "
            "ose të fshini të dhënat tuaja personale, dhe mund të çabonoheni nga buletini në çdo kohë. Ju lutemi, na "
            "shkruani përmes faqes së kontaktit.</p>",
            "Kontakti",
        ],
    },
    "accessibility": {
        "title": "Deklarata e aksesueshmërisë",
        "slug": "deklarata-e-aksesueshmerise",
        "introduction": "Duam që çdokush të mund ta përdorë këtë uebsajt.",
        "body": [
            "<p>Uebsajti synon të përmbushë Udhëzimet për Aksesueshmërinë e Përmbajtjes në Ueb (WCAG) 2.1 në nivelin "
            "AA: mund të përdoret vetëm me tastierë, çdo faqe ka një lidhje që të çon drejt e te përmbajtja kryesore "
            "dhe tituj në rend logjik, figurat kanë tekst alternativ dhe teksti mund të zmadhohet.</p>"
            "<p>Faqet botohen në dymbëdhjetë gjuhët e partneritetit. Kur një faqe nuk është përkthyer ende, ajo "
            "shfaqet në anglisht me një njoftim për këtë.</p>"
            "<p>Nëse diçka në këtë uebsajt e keni të vështirë ta përdorni, ju lutemi na e tregoni përmes faqes së "
            "kontaktit, duke përmendur faqen dhe problemin.</p>",
            "Kontakti",
        ],
    },
    "legal-notice": {
        "title": "Njoftim ligjor",
        "slug": "njoftim-ligjor",
        "introduction": "Kush e boton këtë uebsajt dhe si financohet.",
        "body": [
            "<p>Ky është uebsajti i ClusterPoliSEE – Smarter Cluster Policies for South East Europe (referenca "
            "SEE/C/0008/1.3/X), një projekt i Programit të Bashkëpunimit Transnacional Evropa Juglindore 2007–2013. "
            "Partneri drejtues është Regione Marche (rajoni Marke), Ankona, Itali.</p>"
            "<p>Projekti bashkëfinancohet nga Fondi Evropian për Zhvillim Rajonal (FEZHR) dhe nga buxhetet kombëtare "
            "në kuadër të Programit të Bashkëpunimit Transnacional Evropa Juglindore.</p>"
            "<p>Përgjegjësia për përmbajtjen e këtij uebsajti u takon vetëm partnerëve të projektit. Ajo nuk "
            "pasqyron domosdoshmërisht pikëpamjet e Bashkimit Evropian ose të autoriteteve të programit, të cilat "
            "nuk mbajnë përgjegjësi për çfarëdo përdorimi të informacionit që përmban.</p>",
            "Kontakti",
        ],
    },
}

THEMATIC_AREAS = {
    "WG1": {"name": "Zhvillimi i klasterëve i nxitur nga inovacioni dhe K&Zh"},
    "WG2": {"name": "Qëndrueshmëria përmes zhvillimit të klasterëve"},
    "WG3": {"name": "Bashkëpunimi ndërkombëtar dhe rrjetëzimi i klasterëve"},
    "WG4": {"name": "Përmirësimi i kuadrit financiar (financimi i klasterëve)"},
    "WG5": {"name": "Specializimi i klasterëve dhe i rajoneve"},
    "WG6": {"name": "Aftësi të reja dhe krijimi i vendeve të punës"},
}

FUNDING_STATEMENT = (
    "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) është një projekt i Programit të "
    "Bashkëpunimit Transnacional Evropa Juglindore 2007–2013, i bashkëfinancuar nga Fondi Evropian për Zhvillim "
    "Rajonal (FEZHR) dhe nga buxhetet kombëtare.</p>"
)
