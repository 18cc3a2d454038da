namespace Cms.Bench.Seed;

/// <summary>The word lists one language's articles are made from.</summary>
internal sealed class Lexicon
{
    private const char Nbsp = '\u00A0';

    public required string Language { get; init; }

    /// <summary>Subjects that start with a determiner, so they can follow a leading clause in lower case; a trailing + marks a plural.</summary>
    public required string[] Subjects { get; init; }

    /// <summary>Verbs as "singular|plural".</summary>
    public required string[] Verbs { get; init; }

    public required string[] Objects { get; init; }

    public required string[] Clauses { get; init; }

    public required string[] Speakers { get; init; }

    public required string[] SaidVerbs { get; init; }

    public required string[] Quotes { get; init; }

    public required string[] Intertitles { get; init; }

    public required string[] ListItems { get; init; }

    public required string[] LinkTexts { get; init; }

    public required string[] Closers { get; init; }

    /// <summary>A subject and a verb that agrees with it.</summary>
    public (string Subject, string Verb) Clause(Random random)
    {
        var subject = Subjects[random.Next(Subjects.Length)];
        var verb = Verbs[random.Next(Verbs.Length)].Split('|');
        return subject.EndsWith('+') ? (subject[..^1], verb[1]) : (subject, verb[0]);
    }

    /// <summary>Quotes a line the way the language does.</summary>
    public required Func<string, string> Quote { get; init; }

    /// <summary>A quoted line with who said it, ending the sentence.</summary>
    public required Func<string, string, string, string> Attributed { get; init; }

    /// <summary>Joins a heading label and a headline ("Label : headline" in French).</summary>
    public required Func<string, string, string> Kicker { get; init; }

    public static readonly Lexicon French = new()
    {
        Language = "fr",
        Subjects =
        [
            "Le gouvernement fédéral", "La ministre de l’Économie", "Les syndicats+", "L’opposition", "Le bourgmestre de Liège",
            "Une porte-parole de l’entreprise", "Les chercheurs de l’UCLouvain+", "La Commission européenne", "Le conseil d’administration",
            "Les habitants du quartier+", "Plusieurs médias spécialisés+", "Le parquet fédéral", "Les agriculteurs wallons+",
            "La start-up bruxelloise", "Les enseignants du secondaire+", "Le patron d’OpenAI", "La Banque nationale",
            "Les médecins généralistes+", "Le collège communal", "La SNCB", "Les associations de consommateurs+", "Le Premier ministre",
            "La fédération des entreprises", "Les étudiants+", "Un collectif d’artistes", "La police locale", "Les experts du GIEC+",
            "Le club liégeois", "La direction de l’hôpital", "Les députés écologistes+", "L’autorité de la concurrence",
            "Le ministre de la Mobilité", "Les transporteurs routiers+", "La région bruxelloise", "Un groupe de chercheurs français",
            "Les petits commerçants+", "La cour d’appel", "L’entraîneur des Diables rouges", "Le géant américain", "Les riverains+",
        ],
        Verbs =
        [
            "a annoncé|ont annoncé", "envisage|envisagent", "a présenté|ont présenté", "dénonce|dénoncent", "prépare|préparent",
            "a confirmé|ont confirmé", "réclame|réclament", "a rejeté|ont rejeté", "étudie|étudient", "salue|saluent",
            "critique|critiquent", "a dévoilé|ont dévoilé", "défend|défendent", "remet en question|remettent en question",
            "négocie|négocient", "a approuvé|ont approuvé", "regrette|regrettent", "promet|promettent", "a suspendu|ont suspendu",
            "soutient|soutiennent", "conteste|contestent", "a relancé|ont relancé", "finance|financent",
            "veut accélérer|veulent accélérer", "a reporté|ont reporté", "dit redouter|disent redouter",
        ],
        Objects =
        [
            "un plan d’investissement de 2 milliards d’euros", "une réforme des pensions", "la hausse des prix de l’énergie",
            "un accord « historique » sur le climat", "la fermeture du site de production", "de nouvelles règles pour l’intelligence artificielle",
            "le projet de tram entre Liège et Seraing", "une taxe sur les transactions financières", "la suppression de 300 emplois",
            "un moratoire sur les nouvelles licences", "le rachat de la société par un fonds américain", "une enquête sur les marchés publics",
            "la réouverture de la ligne ferroviaire", "un budget en déficit de 4,5 %", "les résultats du dernier trimestre",
            "la candidature de la ville aux Jeux olympiques", "une hausse de 12 % des loyers", "la numérisation des dossiers médicaux",
            "la rénovation énergétique des écoles", "le retour de Sam Altman à la tête d’OpenAI", "un nouveau centre de données",
            "la piétonnisation du centre-ville", "la fusion des deux clubs", "les conclusions du rapport d’audit", "le prix du ticket de métro",
            "une aide d’urgence pour les sinistrés", "la fin du télétravail obligatoire", "le calendrier de la sortie du nucléaire",
            "l’interdiction des voitures diesel", "un partenariat avec Microsoft", "la pénurie de médecins en Wallonie",
            "la réforme de l’enseignement supérieur", "une nouvelle piste cyclable le long du canal", "le projet de loi sur le logement",
        ],
        Clauses =
        [
            "selon nos informations", "d’ici la fin de l’année", "après des mois de négociations", "malgré les critiques de l’opposition",
            "à la surprise générale", "dès le mois prochain", "dans un communiqué publié lundi", "sans attendre le feu vert de l’Europe",
            "pour la troisième fois cette année", "au grand dam des riverains", "à quelques semaines des élections",
            "lors d’une conférence de presse tendue", "faute de budget", "contre toute attente", "dans la foulée du rapport",
            "au terme d’une nuit de discussions", "si l’on en croit les premiers chiffres", "en dépit des avertissements des experts",
        ],
        Speakers =
        [
            "la ministre", "un porte-parole du parti", "Claire Dubois, analyste chez ING", "le directeur général", "une habitante du quartier",
            "un responsable syndical", "la présidente de la fédération", "un chercheur de l’ULB", "l’avocat de la famille",
            "le bourgmestre", "une enseignante de Namur", "le porte-parole de la police", "un cadre de l’entreprise sous couvert d’anonymat",
        ],
        SaidVerbs = ["a déclaré", "explique", "souligne", "confie", "estime", "prévient", "résume", "insiste", "reconnaît"],
        Quotes =
        [
            "C’est une étape importante, mais le plus dur reste à faire", "On ne peut pas continuer comme ça", "Nous avons été entendus",
            "Ce n’est qu’un début", "Personne ne s’attendait à une telle décision", "Les chiffres parlent d’eux-mêmes",
            "Il faudra des années pour réparer les dégâts", "On nous a promis des choses qui n’ont jamais été tenues",
            "C’est une bonne nouvelle pour l’emploi", "Nous restons prudents", "Le calendrier est beaucoup trop serré",
            "Je n’ai jamais vu ça en vingt ans de carrière", "Il y a encore beaucoup de questions sans réponse…",
        ],
        Intertitles =
        [
            "Ce qui change", "Un calendrier serré", "Des réactions contrastées", "Et maintenant ?", "Le précédent de 2019",
            "Des chiffres en hausse", "Une décision contestée", "Ce qu’il faut retenir", "Les coulisses d’un accord", "Un coût élevé",
            "Des inquiétudes sur le terrain", "Vers un recours en justice ?", "Qui paiera la facture ?", "La réaction de l’opposition",
        ],
        ListItems =
        [
            "un budget revu à la hausse", "des contrôles renforcés", "une entrée en vigueur au 1er janvier", "des aides pour les ménages modestes",
            "un comité de suivi indépendant", "la publication d’un rapport annuel", "des sanctions en cas de retard",
            "une phase de test dans trois communes", "la consultation des riverains", "un guichet unique pour les entreprises",
        ],
        LinkTexts = ["le rapport complet", "le communiqué officiel", "l’étude publiée mardi", "le texte de l’accord", "les chiffres détaillés"],
        Closers =
        [
            "Affaire à suivre.", "La décision finale est attendue dans les prochaines semaines.", "Reste à voir si les promesses seront tenues…",
            "Le dossier devrait revenir sur la table à la rentrée.", "Contactée, la direction n’a pas souhaité réagir.",
        ],
        Quote = line => $"«{Nbsp}{line}{Nbsp}»",
        Attributed = (line, said, speaker) => $"«{Nbsp}{line}{Nbsp}», {said} {speaker}.",
        Kicker = (label, headline) => $"{label}{Nbsp}: {headline}",
    };

    public static readonly Lexicon English = new()
    {
        Language = "en",
        Subjects =
        [
            "The government", "The finance minister", "The unions+", "The opposition", "The mayor of Brussels", "A company spokesperson",
            "Researchers at KU Leuven+", "The European Commission", "The board of directors", "Local residents+", "Several trade publications+",
            "The federal prosecutor", "Farmers in Flanders+", "The Brussels start-up", "Secondary school teachers+", "The head of OpenAI",
            "The central bank", "General practitioners+", "The city council", "The national railway", "Consumer groups+", "The prime minister",
            "The employers’ federation", "Students+", "A collective of artists", "The local police", "Climate scientists+", "The club’s owners+",
            "The hospital’s management", "Green lawmakers+", "The competition authority", "The transport minister", "Truck drivers+",
        ],
        Verbs =
        [
            "announced|announced", "is considering|are considering", "unveiled|unveiled", "criticised|criticised",
            "is preparing|are preparing", "confirmed|confirmed", "is calling for|are calling for", "rejected|rejected",
            "is studying|are studying", "welcomed|welcomed", "defended|defended", "questioned|questioned",
            "is negotiating|are negotiating", "approved|approved", "warned about|warned about", "promised|promised", "suspended|suspended",
            "backed|backed", "challenged|challenged", "revived|revived", "is funding|are funding", "wants to speed up|want to speed up",
            "postponed|postponed",
        ],
        Objects =
        [
            "a €2bn investment plan", "a pension reform", "the rise in energy prices", "a “historic” climate deal", "the closure of the plant",
            "new rules for artificial intelligence", "the tram project across the city", "a tax on financial transactions", "300 job cuts",
            "a moratorium on new licences", "the takeover by a US fund", "an inquiry into public contracts", "the reopening of the railway line",
            "a budget deficit of 4.5%", "last quarter’s results", "the city’s Olympic bid", "a 12% rise in rents", "digital medical records",
            "the renovation of school buildings", "Sam Altman’s return to OpenAI", "a new data centre", "a car-free city centre",
            "the merger of the two clubs", "the audit’s findings", "the price of a metro ticket", "emergency aid for flood victims",
            "the end of mandatory remote work", "the nuclear phase-out timetable", "a ban on diesel cars", "a partnership with Microsoft",
        ],
        Clauses =
        [
            "according to people familiar with the matter", "by the end of the year", "after months of talks", "despite criticism from the opposition",
            "to widespread surprise", "as early as next month", "in a statement on Monday", "without waiting for the EU’s approval",
            "for the third time this year", "to the dismay of residents", "weeks before the election", "at a tense press conference",
            "for lack of funding", "against all expectations", "hours after the report came out", "after an all-night session",
        ],
        Speakers =
        [
            "the minister", "a party spokesperson", "Claire Dubois, an analyst at ING", "the chief executive", "a local resident",
            "a union representative", "the federation’s president", "a researcher at ULB", "the family’s lawyer", "the mayor",
            "a teacher from Namur", "a police spokesperson", "a senior manager who asked not to be named",
        ],
        SaidVerbs = ["said", "explained", "stressed", "admitted", "warned", "added", "told reporters"],
        Quotes =
        [
            "It’s an important step, but the hardest part is still ahead", "We can’t go on like this", "We’ve been heard",
            "This is only the beginning", "Nobody expected a decision like this", "The numbers speak for themselves",
            "It will take years to repair the damage", "We were promised things that never happened", "It’s good news for jobs",
            "We remain cautious", "The timetable is far too tight", "I’ve never seen anything like it in twenty years…",
        ],
        Intertitles =
        [
            "What changes", "A tight timetable", "Mixed reactions", "What happens next?", "The 2019 precedent", "Rising numbers",
            "A contested decision", "Key takeaways", "Behind the deal", "A steep bill", "Concern on the ground", "Who pays?",
        ],
        ListItems =
        [
            "a bigger budget", "tighter controls", "entry into force on 1 January", "support for low-income households",
            "an independent monitoring board", "an annual public report", "penalties for delays", "a pilot in three towns",
            "a consultation of residents", "a one-stop shop for businesses",
        ],
        LinkTexts = ["the full report", "the official statement", "Tuesday’s study", "the text of the agreement", "the detailed figures"],
        Closers =
        [
            "The final decision is expected in the coming weeks.", "Whether the promises will be kept remains to be seen…",
            "The issue is likely to return after the summer.", "The company declined to comment.",
        ],
        Quote = line => $"“{line}”",
        Attributed = (line, said, speaker) => $"“{line},” {said} {speaker}.",
        Kicker = (label, headline) => $"{label}: {headline}",
    };
}
