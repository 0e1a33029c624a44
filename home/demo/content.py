"""The English source content of the demo site.

Everything about the project itself is written from the seed texts (the Bulgarian
pages on work packages, objectives, "About ClusterPoliSEE" and the project page of
the Bulgarian partner agency, and the Hungarian page on work packages). The news,
events, deliverables and good practices are examples where the seeds have none:
each title starts with "Example: " and each introduction says so.

Rich text is Wagtail's stored HTML. Body blocks are ("paragraph", html),
("heading", text) or ("call_to_action", (text, page key)); the translation
modules give one translated value per block, in the same order.
"""

import datetime

PROJECT_FACTS = {
    "reference": "SEE/C/0008/1.3/X",
    "partner_count": 25,
    "partner_countries": ["AT", "BG", "GR", "HU", "IT", "RO", "SK", "SI", "AL", "HR", "RS"],
    "budget_eur": "5186352.00",
    "start_date": datetime.date(2012, 5, 1),
    "end_date": datetime.date(2014, 10, 30),
}

# Only the two organisations the seeds name. The seeds give the lead partner's
# number (1) but not the Bulgarian agency's: 2 only orders the directory.
PARTNERS = [
    {
        "number": 1,
        "name": "Marche Regional Authority (Regione Marche)",
        "country": "IT",
        "city": "Ancona",
        "organisation_type": "public-authority",
        "is_lead_partner": True,
        "description": "The administration of the Marche Region, one of the 20 regions of Italy.",
    },
    {
        "number": 2,
        "name": "Bulgarian Small and Medium Enterprises Promotion Agency",
        "country": "BG",
        "city": "",
        "organisation_type": "sme-agency",
        "is_lead_partner": False,
        "description": "",
    },
]

THEMATIC_AREAS = [
    {"code": "WG1", "name": "Innovation and R&D-driven cluster development"},
    {"code": "WG2", "name": "Sustainability through cluster development"},
    {"code": "WG3", "name": "International cluster cooperation and networking", "coordinator": 2},
    {"code": "WG4", "name": "Improving the financial framework (cluster financing)"},
    {"code": "WG5", "name": "Cluster and regional specialisation"},
    {"code": "WG6", "name": "New skills and job creation"},
]

WORK_PACKAGES = [
    {
        "code": "WP0",
        "name": "Preparation activities",
        "description": (
            "<p>This work package covered the preparation of the project proposal: creating the project's "
            "concept, vision and operational plan by involving the relevant transnational partners, in order to "
            "prepare a project proposal relevant to the whole territory of the South East Europe programme.</p>"
        ),
    },
    {
        "code": "WP1",
        "name": "Transnational project and financial management",
        "leader": 1,
        "description": (
            "<p>This work package ensures the effective implementation of the project's activities and sets up an "
            "effective system of monitoring and coordination. It is responsible for the proper transnational "
            "management of the project and the implementation of its day-to-day activities, and it ensures that the "
            "flow of funding to the project partners is managed effectively and correctly. The work package also "
            "sets up the Steering Committee.</p>"
        ),
    },
    {
        "code": "WP2",
        "name": "Communication activities",
        "description": (
            "<p>This work package develops a communication strategy on two levels: internal communication, "
            "activities that keep information flowing constantly within the partnership, with common rules and "
            "tools that give the project high visibility and ensure that all its objectives are commonly "
            "understood; and external communication, actions that disseminate the project's strategy, outputs and "
            "results among the target groups, thereby promoting mutual policy learning, raising awareness of it and "
            "improving the making of cluster policies.</p>"
        ),
    },
    {
        "code": "WP3",
        "name": "SEE cluster policy learning platform",
        "description": (
            "<p>This work package sets up, technically and operationally and in cooperation, the ICT platform "
            "conceived as a policy learning system in all project countries, including the platform's "
            "institutional, organisational, design and implementation aspects, and develops an SEE competence "
            "centre for cluster stakeholders, so that they can lead and test the advantages of the smart "
            "specialisation model as a guide for R&amp;D and competitiveness policies.</p>"
            "<p>The SEE cluster policy learning platform aims to improve cluster policies in SEE through joint "
            "learning, policy transfer and information exchange among SEE policy makers, exploring the added value "
            "of transnational cooperation on the basis of open and interactive web-based support for mutual "
            "learning. Main tasks: the platform concept, developed through the working groups; the platform's "
            "design, set-up and rules; the management and development of the platform; a learning package as a "
            "common knowledge base on smart specialisation.</p>"
        ),
    },
    {
        "code": "WP4",
        "name": "Reflective policy-making learning",
        "description": (
            "<p>This work package is the basis of the reflective policy-making process, a precondition for "
            "developing smarter policies that support existing and emerging clusters in SEE and for strengthening "
            "the capacity of policy to address, prevent and anticipate change.</p>"
            "<p>The planned actions are: learning inputs from past actions, contributions from envisioning the "
            "future, policy learning from the present framework of regional policies, and learning by working with "
            "parallel contexts. The matrix-approach analysis first identifies the barriers and how the learning "
            "process can remove them, and more broadly improves the design of effective regional cluster policies "
            "through six main inter-cluster tools, as dimensions of cluster ecosystems. The platform will pass the "
            "results on soundly and effectively to the relevant stakeholders.</p>"
        ),
    },
    {
        "code": "WP5",
        "name": "Cluster policy learning mechanisms",
        "description": (
            "<p>This work package aims to facilitate transnational knowledge exchange and regional capacity "
            "building in support of cluster development in the SEE area, by helping to develop constructive "
            "regional policies and initiatives, tested through pilot initiatives, and by applying suitable learning "
            "mechanisms that support regional administrations in specific areas of cluster policy. WP5 is "
            "structured in three linked, consecutive activities: the development of policy learning mechanisms, "
            "their testing through pilot initiatives, and the evaluation of the selected policy learning "
            "mechanisms.</p>"
        ),
    },
    {
        "code": "WP6",
        "name": "Future development of clusters in SEE",
        "description": (
            "<p>This work package improves the framework conditions for sustaining existing and newly formed "
            "clusters and adapts them to the challenges of the EU, through result-oriented transnational "
            "cooperation on new strategies for cluster development, adapting and addressing existing and future "
            "policies at the level of international challenges with an open-system approach, and benefiting from "
            "synergies and spill-overs within and between the partnership and the relevant stakeholders.</p>"
            "<p>Main tasks:</p>"
            "<ul><li>launching an SEE Cluster Initiative</li>"
            "<li>long-term foresight for SEE</li>"
            "<li>a joint strategy and sustainability plan</li></ul>"
        ),
    },
]

FUNDING_STATEMENT = (
    "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) is a project of the South East Europe "
    "Transnational Cooperation Programme 2007–2013, co-financed by the European Regional Development Fund (ERDF) "
    "and national budgets.</p>"
)

HOME_PAGE = {
    "key": "home",
    "title": "ClusterPoliSEE",
    "seo_title": "Smarter Cluster Policies for South East Europe",
    "slug": "home",
    "tagline": (
        "A partnership of 25 members from 11 SEE programme countries developing smarter cluster policies that "
        "support territorial cohesion, R&D and open innovation systems in South East Europe."
    ),
    "introduction": (
        "The main goal of ClusterPoliSEE is to strengthen the capacity of regional policy makers to address, prevent "
        "and anticipate change and to develop smart specialisation strategies that improve clusters, thereby "
        "speeding up diversification and structural change towards a knowledge economy with room for every region "
        "of South East Europe."
    ),
}

# The pages of the site in tree order (children of the home page unless a
# "parent" is given). A page that another one links to comes first, and the
# pages in the main menu follow each other in menu order.
PAGES = [
    {
        "key": "objectives",
        "type": "home.StandardPage",
        "title": "Objectives",
        "slug": "objectives",
        "introduction": (
            "The main goal of the project is to strengthen the capacity of regional policy makers to address, "
            "prevent and anticipate change and to develop smart specialisation strategies that improve clusters, "
            "thereby speeding up diversification and structural change towards a knowledge economy in which every "
            "region of South East Europe has its place."
        ),
        "body": [
            (
                "paragraph",
                "<p>ClusterPoliSEE aims to define, develop and implement regional cluster policies that result from "
                "pooling resources and integrating activities within the global value chain, combining regional "
                "competitive advantages with international synergies.</p>",
            ),
            (
                "paragraph",
                "<p>The specific objectives are:</p><ol>"
                "<li>to create an ICT collaboration platform as a learning-mechanism system for the partnership and "
                "the relevant stakeholders who seek to improve cluster policies in SEE through joint learning, policy "
                "transfer and the exchange of information among them, and to explore the added value of "
                "transnational cooperation based on open and interactive web-based support for mutual learning;</li>"
                "<li>to provide an in-depth assessment of the regional cluster policies of the participating "
                "countries, based on a review of past actions, visions of the future, an analysis of the present "
                "context and an understanding of working with parallel contexts; this will contribute to smarter "
                "policies supporting existing and developed clusters by improving the understanding of the existing "
                "data and information on cluster development;</li>"
                "<li>to identify the factors, tools, experience and best practices related to the six thematic "
                "priority areas, based on a complete picture of past and present regional frameworks, in order to "
                "develop policy learning mechanisms that will be tested through pilot initiatives;</li>"
                "<li>to strengthen result-oriented transnational cooperation in order to prepare new strategies (a "
                "Joint Strategic Plan, a Sustainability Plan and an SEE-level initiative) for the sustainability of "
                "the project's results and as a contribution to supporting SEE as a region of innovation.</li></ol>",
            ),
        ],
    },
    {
        "key": "governance",
        "type": "home.StandardPage",
        "title": "Governance",
        "slug": "governance",
        "introduction": "",
        "body": [
            ("heading", "Steering Committee"),
            (
                "paragraph",
                "<p>The Steering Committee (SC) is the project's decision-making and management body. It consists of "
                "one representative of each partner and works on the operational planning and technical integration "
                "of the project's activities, transnational management, communication, and the coordination and "
                "support of the partners and of the financial experts of the participating countries. The SC works "
                "together with the Scientific and Technical Advisory Board (STAB).</p>",
            ),
            ("heading", "Scientific and Technical Advisory Board"),
            (
                "paragraph",
                "<p>The STAB consists of a representative of the lead partner (as coordinator) and the leaders of the "
                "working groups and work packages. Its members give transnational and interdisciplinary advice on the "
                "project's activities, monitor its quality and promote integration with other EU initiatives, in "
                "order to ensure the sustainability of the ClusterPoliSEE project and the use of its results at local "
                "and European level.</p>",
            ),
        ],
    },
    {
        "key": "about",
        "type": "home.StandardPage",
        "title": "About ClusterPoliSEE",
        "slug": "about",
        "show_in_menus": True,
        "introduction": (
            "The partnership of 25 members covers 11 countries of the SEE programme (8 EU member states and 2 "
            "countries of the Instrument for Pre-Accession Assistance (IPA)) and aims to develop smarter cluster "
            "policies that support territorial cohesion, research and development (R&D) and open innovation systems "
            "in SEE, encouraging transnational cooperation between clusters and between strongly and weakly "
            "performing regions."
        ),
        "body": [
            (
                "paragraph",
                "<p>The partners include regional and national public authorities responsible for developing and "
                "implementing cluster policy, regional development agencies responsible for managing cluster "
                "programmes and regional innovation strategies, national research institutes and universities, "
                "innovation promotion bodies and cluster networks. The project proposal takes a methodological "
                "approach based on experiments in reflective policy making, as a basis for better policy formulation "
                "and implementation: it foresees mutual learning tools suited to the learning process and mechanisms "
                "suited to a larger number of participants and a wide range of stakeholder consultations, applying "
                "the methodological approach of the Six Countries Programme.</p>",
            ),
            (
                "paragraph",
                "<p>The work plan follows a matrix approach in which six inter-cluster areas of development – "
                "innovation and R&amp;D-driven cluster development, sustainability through cluster development, "
                "international cluster cooperation and networking, improving the financial framework (cluster "
                "financing), cluster and regional specialisation, and new skills and job creation – run through the "
                "project's operational stages: 1. identifying the information gaps and barriers and the ways to "
                "remove them in the learning process, and 2. improving the design of effective regional cluster "
                "policies. The pilot actions and their evaluation therefore complement and make concrete the "
                "priorities set in the abstract, and serve to compare current and potential initiatives.</p>",
            ),
            (
                "paragraph",
                "<p>The ClusterPoliSEE project (Smarter Cluster Policies for South East Europe) is a project of the "
                "South East Europe Transnational Cooperation Programme 2007–2013 (SEE), co-financed by the European "
                "Commission. The Steering Committee is the project's decision-making and management body.</p>",
            ),
            (
                "paragraph",
                "<p>The project was approved under the priority axis “Facilitation of innovation and "
                "entrepreneurship”, area of intervention “Develop technology and innovation networks in specific "
                "fields”, terms of reference “Policy learning mechanisms to support cluster development”.</p>",
            ),
            (
                "paragraph",
                "<p>The consortium will include national and regional authorities and research institutions. A "
                "group of organisations with experience will exchange knowledge and experience with authorities that "
                "have less practice. A group of users who wish to learn from their partners' experience will also be "
                "formed. Particular attention will be paid to the impact of ClusterPoliSEE on the exchange of "
                "experience with other European cluster initiatives.</p>",
            ),
            ("heading", "The ClusterPoliSEE project"),
            ("paragraph", "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE), SEE/C/0008/1.3/X</p>"),
            (
                "paragraph",
                "<p>Smarter Cluster Policies for South East Europe (ClusterPoliSEE) is a project of the South East "
                "Europe Transnational Cooperation Programme 2007–2013 (SEE), co-financed by the European Regional "
                "Development Fund (ERDF) of the EU and national budgets. The South East Europe Programme supports "
                "projects developed within four priority axes: innovation, environment, accessibility and "
                "sustainable development.</p>",
            ),
            (
                "paragraph",
                "<p>The lead partner of Smarter Cluster Policies for South East Europe (ClusterPoliSEE) is Marche "
                "Regional Authority (the administration of the Marche Region, one of the 20 regions of Italy), based "
                "in Ancona. The project partners are 25 institutions and NGOs from 11 countries: Bulgaria (1), "
                "Austria (2), Greece (3), Hungary (2), Italy (4), Romania (4), Slovakia (3), Slovenia (2), Albania "
                "(1), Croatia (1) and Serbia (2). The partner from Bulgaria is the Bulgarian Small and Medium "
                "Enterprises Promotion Agency.</p>",
            ),
            (
                "paragraph",
                "<p>The project's activities are organised in six thematic working groups (WGs); the Bulgarian Small "
                "and Medium Enterprises Promotion Agency coordinates and leads WG3, “International cluster "
                "cooperation and networking”.</p>",
            ),
            ("paragraph", "<p>The total budget of the whole project is EUR 5,186,352.</p>"),
            ("paragraph", "<p>The implementation period is 1 May 2012 – 30 October 2014.</p>"),
            ("call_to_action", ("Objectives", "objectives")),
            ("call_to_action", ("Governance", "governance")),
        ],
    },
    {
        "key": "work-packages",
        "type": "knowledge.WorkPackageIndexPage",
        "title": "Work packages",
        "slug": "work-packages",
        "show_in_menus": True,
        "introduction": "The project is made up of the following work packages.",
    },
    {
        "key": "working-groups",
        "type": "knowledge.WorkingGroupIndexPage",
        "title": "Working groups",
        "slug": "working-groups",
        "show_in_menus": True,
        "introduction": (
            "The project's activities are organised in six thematic working groups (WGs); the Bulgarian Small and "
            "Medium Enterprises Promotion Agency coordinates and leads WG3, “International cluster cooperation and "
            "networking”."
        ),
    },
    {
        "key": "partners",
        "type": "knowledge.PartnerIndexPage",
        "title": "Partners",
        "slug": "partners",
        "show_in_menus": True,
        "introduction": (
            "The project partners are 25 institutions and NGOs from 11 countries: Bulgaria (1), Austria (2), Greece "
            "(3), Hungary (2), Italy (4), Romania (4), Slovakia (3), Slovenia (2), Albania (1), Croatia (1) and "
            "Serbia (2)."
        ),
    },
    {
        "key": "news",
        "type": "knowledge.NewsIndexPage",
        "title": "News",
        "slug": "news",
        "show_in_menus": True,
        "introduction": "News from the ClusterPoliSEE partnership and its six working groups.",
    },
    {
        "key": "events",
        "type": "knowledge.EventIndexPage",
        "title": "Events",
        "slug": "events",
        "show_in_menus": True,
        "introduction": "Conferences, workshops, webinars and study visits of the partnership and its working groups.",
    },
    {
        "key": "deliverables",
        "type": "knowledge.DeliverableIndexPage",
        "title": "Deliverables",
        "slug": "deliverables",
        "show_in_menus": True,
        "introduction": "The documents the project produces, by work package.",
    },
    {
        "key": "good-practices",
        "type": "knowledge.GoodPracticeIndexPage",
        "title": "Good practices",
        "slug": "good-practices",
        "show_in_menus": True,
        "introduction": (
            "The cluster-policy examples that the working groups collect: country, region, thematic area, "
            "instrument and results."
        ),
    },
    {
        "key": "newsletters",
        "type": "newsletters.NewsletterIndexPage",
        "title": "Newsletters",
        "slug": "newsletters",
        "introduction": "Past issues of the ClusterPoliSEE newsletter, and how to receive the next ones.",
    },
    {
        "key": "contact",
        "type": "home.StandardPage",
        "title": "Contact",
        "slug": "contact",
        "introduction": "How to reach the ClusterPoliSEE partnership.",
        "body": [
            (
                "paragraph",
                "<p>The lead partner of ClusterPoliSEE is Marche Regional Authority (Regione Marche), Ancona, Italy. "
                "The project has partners in 11 countries; the partner directory lists them by country.</p>",
            ),
            ("call_to_action", ("Partner directory", "partners")),
        ],
    },
    {
        "key": "privacy-policy",
        "type": "home.StandardPage",
        "title": "Privacy policy",
        "slug": "privacy-policy",
        "introduction": "How this website handles personal data.",
        "body": [
            ("heading", "What we collect"),
            (
                "paragraph",
                "<p>Reading the public pages needs no account. Like every web server, ours records technical data "
                "such as IP addresses in its logs, to keep the site secure and running.</p>"
                "<p>If you register, subscribe to the newsletter or write in the forums, we store what you give us "
                "(such as your name, e-mail address, preferred language and your posts) in order to provide that "
                "service, and for no other purpose.</p>",
            ),
            ("heading", "Cookies"),
            (
                "paragraph",
                "<p>The site only sets the cookies it needs to work: one that remembers the language you choose, and "
                "session and security cookies when you sign in. It sets no advertising or tracking cookies.</p>",
            ),
            ("heading", "Visitor figures"),
            (
                "paragraph",
                "<p>To report to the programme how far the project's results reach, the site counts page views and "
                "downloads: for each page, language and day, with the name of the site a visitor came from (never its"
                " full address) and the browser's language. The counting is anonymous: it sets no cookie, stores no "
                "IP address or other identifier, and nothing in the figures tells who visited. Browsers that ask not "
                "to be tracked (Do Not Track, Global Privacy Control) and search-engine robots are not counted. The "
                "daily figures are kept for the project's life and five years after it, as its reporting rules "
                "require.</p>",
            ),
            ("heading", "Your rights"),
            (
                "paragraph",
                "<p>Under the General Data Protection Regulation you may ask to see, correct or delete your personal "
                "data, and you may unsubscribe from the newsletter at any time. Please write to us through the "
                "contact page.</p>",
            ),
            ("call_to_action", ("Contact", "contact")),
        ],
    },
    {
        "key": "accessibility",
        "type": "home.StandardPage",
        "title": "Accessibility statement",
        "slug": "accessibility",
        "introduction": "We want everyone to be able to use this website.",
        "body": [
            (
                "paragraph",
                "<p>The site aims to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA: it can be "
                "used with a keyboard alone, every page has a link that skips to its main content and headings in a "
                "logical order, images carry text alternatives and text can be enlarged.</p>"
                "<p>Pages are published in the twelve languages of the partnership. Where a page has not been "
                "translated yet, it is shown in English with a notice saying so.</p>"
                "<p>If something on this site is hard to use for you, please tell us through the contact page, "
                "naming the page and the problem.</p>",
            ),
            ("call_to_action", ("Contact", "contact")),
        ],
    },
    {
        "key": "legal-notice",
        "type": "home.StandardPage",
        "title": "Legal notice",
        "slug": "legal-notice",
        "introduction": "Who publishes this website, and how it is funded.",
        "body": [
            (
                "paragraph",
                "<p>This is the website of ClusterPoliSEE – Smarter Cluster Policies for South East Europe "
                "(reference SEE/C/0008/1.3/X), a project of the South East Europe Transnational Cooperation Programme "
                "2007–2013. Its lead partner is Marche Regional Authority (Regione Marche), Ancona, Italy.</p>"
                "<p>The project is co-financed by the European Regional Development Fund (ERDF) and national budgets "
                "under the South East Europe Transnational Cooperation Programme.</p>"
                "<p>The content of this website is the sole responsibility of the project partners. It does not "
                "necessarily reflect the views of the European Union or of the programme's authorities, which are not "
                "liable for any use that may be made of the information it contains.</p>",
            ),
            ("call_to_action", ("Contact", "contact")),
        ],
    },
]

# SiteSettings.footer_links, by page key.
FOOTER_LINKS = ["newsletters", "privacy-policy", "accessibility", "legal-notice", "contact"]

EXAMPLE_NEWS_NOTE = "This is an example news item made for the demonstration site; it does not report real news."
EXAMPLE_EVENT_NOTE = "This is an example event made for the demonstration site; it is not a real event."
EXAMPLE_DELIVERABLE_NOTE = (
    "This is an example deliverable made for the demonstration site; it is not a real project document."
)
EXAMPLE_PRACTICE_NOTE = (
    "This is an example made for the demonstration site; it does not describe a real programme, and its country "
    "is only there to show the filters."
)


def example_pages(today):
    """News, events, deliverables and good practices that show the listings at work.

    Event dates are relative to `today`, so the home page always has upcoming
    events right after loading.
    """
    return [
        {
            "key": "news-good-practices",
            "type": "knowledge.NewsPage",
            "parent": "news",
            "title": "Example: The working groups start collecting good practices",
            "slug": "example-working-groups-collect-good-practices",
            "introduction": f"{EXAMPLE_NEWS_NOTE} It shows how a working group announces its work.",
            "fields": {"date": today - datetime.timedelta(days=12)},
            "work_package": "WP5",
            "thematic_areas": ["WG1", "WG3"],
            "body": [
                (
                    "paragraph",
                    "<p>Each working group collects examples of cluster policy from the partner regions: the country "
                    "and region, the thematic area, the policy instrument and its results. The examples appear in "
                    "the good-practice library, where visitors can filter them by thematic area, country and "
                    "instrument.</p>",
                ),
            ],
        },
        {
            "key": "news-platform",
            "type": "knowledge.NewsPage",
            "parent": "news",
            "title": "Example: The policy learning platform opens to stakeholders",
            "slug": "example-policy-learning-platform-opens",
            "introduction": f"{EXAMPLE_NEWS_NOTE} It shows a news item linked to a work package.",
            "fields": {"date": today - datetime.timedelta(days=40)},
            "work_package": "WP3",
            "thematic_areas": ["WG3"],
            "body": [
                (
                    "paragraph",
                    "<p>The SEE cluster policy learning platform supports joint learning, policy transfer and the "
                    "exchange of information among policy makers. Stakeholders can join the forum of their working "
                    "group and follow its discussions.</p>",
                ),
            ],
        },
        {
            "key": "news-steering-committee",
            "type": "knowledge.NewsPage",
            "parent": "news",
            "title": "Example: The Steering Committee reviews progress",
            "slug": "example-steering-committee-reviews-progress",
            "introduction": f"{EXAMPLE_NEWS_NOTE} It shows how the outcome of a meeting is reported.",
            "fields": {"date": today - datetime.timedelta(days=75)},
            "work_package": "WP1",
            "thematic_areas": [],
            "body": [
                (
                    "paragraph",
                    "<p>The Steering Committee, with one representative of each partner, is the project's "
                    "decision-making body. A report like this one summarises what it decided.</p>",
                ),
            ],
        },
        {
            "key": "event-webinar",
            "type": "knowledge.EventPage",
            "parent": "events",
            "title": "Example: Webinar on smart specialisation strategies",
            "slug": "example-webinar-smart-specialisation",
            "introduction": f"{EXAMPLE_EVENT_NOTE} It shows a past online event.",
            "fields": {
                "event_type": "webinar",
                "start_date": today - datetime.timedelta(days=30),
                "start_time": datetime.time(10, 0),
                "end_time": datetime.time(12, 0),
                "time_zone": "Europe/Rome",
                "online_url": "https://example.org/clusterpolisee-webinar",
            },
            "thematic_areas": ["WG5"],
            "body": [
                (
                    "paragraph",
                    "<p>A webinar on how regions design smart specialisation strategies that improve clusters.</p>",
                ),
            ],
        },
        {
            "key": "event-workshop",
            "type": "knowledge.EventPage",
            "parent": "events",
            "title": "Example: Workshop on international cluster cooperation",
            "slug": "example-workshop-international-cluster-cooperation",
            "introduction": f"{EXAMPLE_EVENT_NOTE} It shows an upcoming workshop of a working group.",
            "fields": {
                "event_type": "workshop",
                "start_date": today + datetime.timedelta(days=21),
                "start_time": datetime.time(9, 30),
                "end_time": datetime.time(17, 0),
                "time_zone": "Europe/Sofia",
                "venue": "Venue to be announced",
            },
            "thematic_areas": ["WG3"],
            "body": [
                (
                    "paragraph",
                    "<p>A one-day workshop of working group 3 on international cluster cooperation and networking.</p>",
                ),
            ],
        },
        {
            "key": "event-conference",
            "type": "knowledge.EventPage",
            "parent": "events",
            "title": "Example: Conference on cluster financing and new skills",
            "slug": "example-conference-cluster-financing-new-skills",
            "introduction": f"{EXAMPLE_EVENT_NOTE} It shows an upcoming event over two days.",
            "fields": {
                "event_type": "conference",
                "start_date": today + datetime.timedelta(days=60),
                "end_date": today + datetime.timedelta(days=61),
                "time_zone": "Europe/Rome",
                "venue": "Venue to be announced",
            },
            "thematic_areas": ["WG4", "WG6"],
            "body": [
                (
                    "paragraph",
                    "<p>A two-day conference of working groups 4 and 6 on the financial framework of clusters and on "
                    "new skills and job creation.</p>",
                ),
            ],
        },
        {
            "key": "deliverable-communication-strategy",
            "type": "knowledge.DeliverablePage",
            "parent": "deliverables",
            "title": "Example: Communication strategy",
            "slug": "example-communication-strategy",
            "introduction": f"{EXAMPLE_DELIVERABLE_NOTE} It shows a public strategy document.",
            "fields": {
                "code": "D2.1",
                "date": datetime.date(2012, 9, 28),
                "deliverable_type": "strategy",
                "dissemination_level": "PU",
                "summary": (
                    f"<p>{EXAMPLE_DELIVERABLE_NOTE}</p>"
                    "<p>A communication strategy sets out internal communication within the partnership and external "
                    "communication towards the target groups, as work package 2 describes.</p>"
                ),
            },
            "work_package": "WP2",
        },
        {
            "key": "deliverable-platform-concept",
            "type": "knowledge.DeliverablePage",
            "parent": "deliverables",
            "title": "Example: Concept of the SEE cluster policy learning platform",
            "slug": "example-platform-concept",
            "introduction": f"{EXAMPLE_DELIVERABLE_NOTE} It shows a public tool or methodology.",
            "fields": {
                "code": "D3.1",
                "date": datetime.date(2013, 2, 15),
                "deliverable_type": "tool",
                "dissemination_level": "PU",
                "summary": (
                    f"<p>{EXAMPLE_DELIVERABLE_NOTE}</p>"
                    "<p>A platform concept describes how the ICT platform supports joint learning, policy transfer "
                    "and information exchange, as work package 3 describes.</p>"
                ),
            },
            "work_package": "WP3",
        },
        {
            "key": "deliverable-past-policies",
            "type": "knowledge.DeliverablePage",
            "parent": "deliverables",
            "title": "Example: Assessment of past regional cluster policies",
            "slug": "example-assessment-past-cluster-policies",
            "introduction": f"{EXAMPLE_DELIVERABLE_NOTE} It shows a public report.",
            "fields": {
                "code": "D4.1",
                "date": datetime.date(2013, 6, 28),
                "deliverable_type": "report",
                "dissemination_level": "PU",
                "summary": (
                    f"<p>{EXAMPLE_DELIVERABLE_NOTE}</p>"
                    "<p>An assessment of past actions is one of the learning inputs of reflective policy making in "
                    "work package 4.</p>"
                ),
            },
            "work_package": "WP4",
        },
        {
            "key": "deliverable-monitoring-report",
            "type": "knowledge.DeliverablePage",
            "parent": "deliverables",
            "title": "Example: Internal monitoring report",
            "slug": "example-internal-monitoring-report",
            "introduction": f"{EXAMPLE_DELIVERABLE_NOTE} It is confidential, so only partners can see it.",
            "fields": {
                "code": "D1.2",
                "date": datetime.date(2013, 11, 29),
                "deliverable_type": "report",
                "dissemination_level": "CO",
                "summary": (
                    f"<p>{EXAMPLE_DELIVERABLE_NOTE}</p>"
                    "<p>A monitoring report is an internal document of project management in work package 1.</p>"
                ),
            },
            "work_package": "WP1",
        },
        {
            "key": "practice-vouchers",
            "type": "knowledge.GoodPracticePage",
            "parent": "good-practices",
            "title": "Example: Innovation vouchers for cluster members",
            "slug": "example-innovation-vouchers",
            "introduction": f"{EXAMPLE_PRACTICE_NOTE} It shows a featured good practice.",
            "fields": {
                "country": "IT",
                "policy_instrument": "voucher",
                "is_featured": True,
                "results": (
                    "<p>A good practice page states what the measure achieved, for example how many firms took "
                    "part.</p>"
                ),
                "transferability": "<p>And what another region needs in order to adopt it.</p>",
            },
            "thematic_areas": ["WG1"],
            "body_field": "description",
            "body": [
                (
                    "paragraph",
                    "<p>Small vouchers let cluster members buy research and development services, so that firms "
                    "that have never worked with research organisations can try it.</p>",
                ),
            ],
        },
        {
            "key": "practice-internationalisation",
            "type": "knowledge.GoodPracticePage",
            "parent": "good-practices",
            "title": "Example: Internationalisation programme for clusters",
            "slug": "example-internationalisation-programme",
            "introduction": f"{EXAMPLE_PRACTICE_NOTE} It shows a featured good practice.",
            "fields": {
                "country": "BG",
                "policy_instrument": "networking",
                "is_featured": True,
                "results": "<p>A good practice page states what the measure achieved.</p>",
                "transferability": "<p>And what another region needs in order to adopt it.</p>",
            },
            "thematic_areas": ["WG3"],
            "body_field": "description",
            "body": [
                (
                    "paragraph",
                    "<p>Joint missions and brokerage events help clusters find partners in other countries.</p>",
                ),
            ],
        },
        {
            "key": "practice-skills",
            "type": "knowledge.GoodPracticePage",
            "parent": "good-practices",
            "title": "Example: Skills partnerships between clusters and schools",
            "slug": "example-skills-partnerships",
            "introduction": f"{EXAMPLE_PRACTICE_NOTE} It shows a good practice that is not featured.",
            "fields": {
                "country": "SI",
                "policy_instrument": "training",
                "is_featured": False,
                "results": "<p>A good practice page states what the measure achieved.</p>",
                "transferability": "<p>And what another region needs in order to adopt it.</p>",
            },
            "thematic_areas": ["WG6"],
            "body_field": "description",
            "body": [
                (
                    "paragraph",
                    "<p>Clusters and vocational schools plan courses together, so that training follows the skills "
                    "that cluster members need.</p>",
                ),
            ],
        },
    ]
