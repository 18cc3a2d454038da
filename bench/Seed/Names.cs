using System.Globalization;
using System.Text;
using Cms.Domain.Authors;
using Cms.Domain.Tags;

namespace Cms.Bench.Seed;

/// <summary>The newsroom's people and topics: authors and tags, made from word lists with the seeded random.</summary>
internal static class Names
{
    private static readonly string[] FirstNames =
    [
        "Claire", "Camille", "Julien", "Sophie", "Thomas", "Marie", "Nicolas", "Élodie", "François", "Inès", "Mathieu", "Chloé",
        "Olivier", "Laura", "Hélène", "Benoît", "Zoé", "Raphaël", "Noémie", "Jérôme", "Oliver", "Emma", "James", "Sarah",
        "Pieter", "Anneleen", "Youssef", "Fatima", "Léa", "Maxime", "Aurélie", "Gaëlle", "Stéphane", "Ségolène", "Loïc", "Anaïs",
    ];

    private static readonly string[] LastNames =
    [
        "Dubois", "Lambert", "Martin", "Peeters", "Janssens", "Lefèvre", "Dupont", "Renard", "Mertens", "Fontaine", "Leroy", "Girard",
        "Moreau", "Simon", "Laurent", "Michel", "Collard", "Wouters", "Delvaux", "Brasseur", "Grant", "Walsh", "El Amrani", "Van den Broeck",
        "Lemaître", "Goossens", "Bénard", "Noël", "Deprez", "Thiry", "Hoffmann", "Cuvelier", "D’Hondt", "Maes", "Lejeune", "Vandamme",
    ];

    private static readonly string[] JobTitles =
    [
        "Journaliste politique", "Journaliste économie", "Journaliste tech", "Rédactrice en chef adjointe", "Correspondant à Bruxelles",
        "Journaliste sport", "Journaliste culture", "Science correspondent", "Data journalist", "Grand reporter", "Chef d’édition",
    ];

    private static readonly string[] Beats =
    [
        "la politique belge", "l’économie numérique", "le climat et l’énergie", "la justice", "le football", "la santé publique",
        "la culture et les médias", "l’Europe", "la mobilité", "l’éducation", "la tech et l’intelligence artificielle",
    ];

    private static readonly string[] Topics =
    [
        "Politique belge", "Politique européenne", "Économie", "Intelligence artificielle", "Climat", "Football", "Cyclisme", "Santé",
        "Éducation", "Justice", "Immigration", "Énergie", "Logement", "Mobilité", "Culture", "Cinéma", "Musique", "Tech", "Cybersécurité",
        "Start-ups", "Bourse", "Emploi", "Pensions", "Fiscalité", "Agriculture", "Environnement", "Biodiversité", "Transports publics",
        "Élections", "Sécurité", "Faits divers", "Météo", "Sciences", "Espace", "Médias", "Réseaux sociaux", "Jeux vidéo", "Littérature",
        "Théâtre", "Gastronomie", "Tourisme", "Automobile", "Aviation", "Défense", "Diplomatie", "Droits humains", "Égalité",
        "Enseignement supérieur", "Recherche", "Hôpitaux", "Covid-19", "Inflation", "Commerce", "Industrie", "Nucléaire", "Télécoms",
        "Smartphones", "OpenAI", "Sam Altman", "Elon Musk", "Union européenne", "OTAN", "ONU", "Royauté", "Diables rouges", "Tennis",
        "Formule 1", "Basket-ball", "Jeux olympiques", "Open source", "Données personnelles", "Vie privée", "Climate", "Science",
        "Technology", "Business", "World", "Europe", "Health", "Sport",
    ];

    private static readonly string[] Places =
    [
        "Bruxelles", "Liège", "Namur", "Charleroi", "Mons", "Anvers", "Gand", "Bruges", "Louvain", "Arlon", "Tournai", "Wavre",
        "Paris", "Lyon", "Lille", "Luxembourg", "Amsterdam", "Berlin", "Londres", "Ukraine", "États-Unis", "Chine", "Congo", "Maroc",
        "Wallonie", "Flandre", "Brabant wallon", "Hainaut", "Province de Luxembourg", "Moyen-Orient",
    ];

    private static readonly string[] InternalTags =
    [
        "À relire", "Embargo", "Exclusivité", "Partenariat", "Sponsorisé", "Brouillon web", "À mettre à jour", "Archives", "Print",
        "Newsletter",
    ];

    /// <summary><paramref name="count"/> distinct author profiles.</summary>
    public static List<AuthorProfile> Authors(Random random, int count)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var authors = new List<AuthorProfile>(count);
        while (authors.Count < count)
        {
            var name = $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";
            if (!seen.Add(name)) continue;
            var handle = Ascii(name);
            var social = new SocialProfiles(
                random.Next(2) == 0 ? $"@{handle.Replace(" ", "", StringComparison.Ordinal)}" : null,
                null,
                random.Next(3) == 0 ? $"https://www.linkedin.com/in/{handle.Replace(' ', '-')}" : null,
                null,
                random.Next(4) == 0 ? $"@{handle.Replace(" ", "", StringComparison.Ordinal)}@mastodon.social" : null,
                random.Next(4) == 0 ? $"{handle.Replace(" ", "", StringComparison.Ordinal)}.bsky.social" : null);
            authors.Add(new AuthorProfile(name, $"Suit {Pick(random, Beats)} depuis {2005 + random.Next(18)}.",
                $"https://images.newsroom.example/authors/{handle.Replace(' ', '-')}.jpg", Pick(random, JobTitles), null, social,
                $"{handle.Replace(' ', '.')}@newsroom.example"));
        }
        return authors;
    }

    /// <summary><paramref name="count"/> distinct tags, the last ten internal; the first ones are the most used.</summary>
    public static List<TagDetails> Tags(Random random, int count)
    {
        var names = new List<string>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string name)
        {
            if (names.Count < count - InternalTags.Length && seen.Add(name)) names.Add(name);
        }
        foreach (var topic in Topics) Add(topic);
        foreach (var place in Places) Add(place);
        var guard = 0;
        while (names.Count < count - InternalTags.Length && guard++ < 100_000) Add($"{Pick(random, Topics)} à {Pick(random, Places)}");
        var tags = names.Select(name => new TagDetails(name, random.Next(3) == 0 ? null : $"Toute l’actualité : {name.ToLowerInvariant()}.",
            TagVisibility.Public)).ToList();
        tags.AddRange(InternalTags.Take(count - tags.Count)
            .Select(name => new TagDetails(name, "Pour la rédaction seulement.", TagVisibility.Internal)));
        return tags;
    }

    /// <summary>A tag name as a hashtag: words joined in CamelCase, letters and digits only.</summary>
    public static string Hashtag(string name)
    {
        var builder = new StringBuilder(name.Length);
        var upper = true;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(upper ? char.ToUpper(c, CultureInfo.InvariantCulture) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }
        return builder.ToString();
    }

    public static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z') builder.Append(c);
            else if (c == ' ') builder.Append(' ');
        }
        return builder.ToString();
    }
}
