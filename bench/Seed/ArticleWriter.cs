using System.Globalization;
using System.Text;
using Cms.Domain.Articles;

namespace Cms.Bench.Seed;

/// <summary>What one generated article says, before the CMS sets it: the same fields a client would POST.</summary>
internal sealed record ArticleSpec(
    string Title,
    string? Subtitle,
    string Body,
    string Language,
    int[] Authors,
    int[] Tags,
    FeatureImage? Image,
    ShareMetadata Share,
    int? ReadAlso);

/// <summary>Writes news articles of about 3 KB of Markdown from the lexicons, driven by one seeded random.</summary>
internal sealed class ArticleWriter(Random random, IReadOnlyList<string> tagNames, int publicTags, int authorCount)
{
    private static readonly string[] Credits = ["Belga", "AFP", "Reuters", "AP", "Getty Images", "Newsroom / Jean Dupuis"];

    /// <summary>
    /// The article at <paramref name="index"/>; when <paramref name="readAlso"/> is given, its body carries a
    /// <c>[[read-also: slug]]</c> paragraph pointing at that earlier article.
    /// </summary>
    public ArticleSpec Write(int index, int? readAlso, string? readAlsoSlug)
    {
        var lexicon = random.Next(10) < 7 ? Lexicon.French : Lexicon.English;
        var tags = PickTags();
        var authors = random.Next(3) == 0 ? PickDistinct(2, authorCount) : PickDistinct(1, authorCount);
        var title = Title(lexicon, tagNames[tags[0]]);
        var subtitle = random.Next(10) < 6 ? Sentence(lexicon) : null;
        var body = Body(lexicon, readAlsoSlug, 2600 + random.Next(900));
        var image = random.Next(10) < 8
            ? new FeatureImage($"https://images.newsroom.example/{index / 1000:D3}/{index:D6}.jpg", Sentence(lexicon),
                random.Next(2) == 0 ? Sentence(lexicon) : null, Names.Pick(random, Credits), 1600, 900)
            : null;
        var hashtags = tags.Take(1 + random.Next(3)).Where(t => t < publicTags).Select(t => Names.Hashtag(tagNames[t]))
            .Where(h => h.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var share = ShareMetadata.None with
        {
            TwitterCard = random.Next(5) == 0 ? "summary" : "summary_large_image",
            MetaDescription = random.Next(2) == 0 ? Sentence(lexicon) : null,
            OgTitle = random.Next(4) == 0 ? Sentence(lexicon).TrimEnd('.') : null,
            Hashtags = hashtags,
        };
        return new ArticleSpec(title, subtitle, body, lexicon.Language, authors, tags, image, share, readAlso);
    }

    // Three distinct tags, skewed: the first tags of the list are used far more than the last (a few hot topics);
    // one article in twenty also carries an internal tag.
    private int[] PickTags()
    {
        var picked = new List<int>(3);
        while (picked.Count < 3)
        {
            var internalTags = tagNames.Count - publicTags;
            var tag = picked.Count == 2 && internalTags > 0 && random.Next(20) == 0
                ? publicTags + random.Next(internalTags)
                : (int)(publicTags * Math.Pow(random.NextDouble(), 2));
            if (!picked.Contains(tag)) picked.Add(tag);
        }
        return [.. picked];
    }

    private int[] PickDistinct(int count, int of)
    {
        var picked = new List<int>(count);
        while (picked.Count < count)
        {
            var next = random.Next(of);
            if (!picked.Contains(next)) picked.Add(next);
        }
        return [.. picked];
    }

    private string Title(Lexicon lexicon, string topic)
    {
        var (subject, verb) = lexicon.Clause(random);
        var headline = Cap($"{subject} {verb} {Names.Pick(random, lexicon.Objects)}");
        return random.Next(3) switch
        {
            0 => lexicon.Kicker(topic, Lower(headline)),
            1 => headline,
            _ => $"{headline}, {Names.Pick(random, lexicon.Clauses)}",
        };
    }

    private string Sentence(Lexicon lexicon)
    {
        var (subject, verb) = lexicon.Clause(random);
        var rest = $"{verb} {Names.Pick(random, lexicon.Objects)}";
        return random.Next(4) switch
        {
            0 => $"{Cap(Names.Pick(random, lexicon.Clauses))}, {Lower(subject)} {rest}.",
            1 => $"{subject} {rest}, {Names.Pick(random, lexicon.Clauses)}.",
            _ => $"{subject} {rest}.",
        };
    }

    private string Paragraph(Lexicon lexicon, int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(random.Next(6) == 0
                ? lexicon.Attributed(Names.Pick(random, lexicon.Quotes), Names.Pick(random, lexicon.SaidVerbs), Names.Pick(random, lexicon.Speakers))
                : Sentence(lexicon));
        }
        return text.ToString();
    }

    private string Body(Lexicon lexicon, string? readAlsoSlug, int length)
    {
        var blocks = new List<string>();
        var size = 0;
        void Add(string block)
        {
            blocks.Add(block);
            size += block.Length + 2;
        }
        var lead = Paragraph(lexicon, 2 + random.Next(2));
        Add(random.Next(2) == 0 ? $"**{lead}**" : lead);
        Add(Paragraph(lexicon, 3 + random.Next(3)));
        var teased = readAlsoSlug is null;
        var teaserAt = 2 + random.Next(3);
        void Teaser()
        {
            Add($"[[read-also: {readAlsoSlug}]]");
            teased = true;
        }
        while (size < length)
        {
            if (!teased && blocks.Count >= teaserAt) Teaser();
            if (blocks.Count % 4 == 2) Add($"## {Names.Pick(random, lexicon.Intertitles)}");
            switch (random.Next(12))
            {
                case 0:
                    Add($"> {lexicon.Quote(Names.Pick(random, lexicon.Quotes))}");
                    break;
                case 1:
                    Add(string.Join('\n', Enumerable.Range(0, 3 + random.Next(2)).Select(_ => $"- {Names.Pick(random, lexicon.ListItems)}")));
                    break;
                case 2:
                    Add(string.Create(CultureInfo.InvariantCulture,
                        $"{Sentence(lexicon)} {(lexicon.Language == "fr" ? "Voir" : "See")} [{Names.Pick(random, lexicon.LinkTexts)}](https://www.example.org/documents/{random.Next(100_000)}.pdf) et *{Names.Pick(random, lexicon.Clauses)}*."));
                    break;
                default:
                    Add(Paragraph(lexicon, 3 + random.Next(3)));
                    break;
            }
        }
        if (!teased) Teaser();
        Add(Names.Pick(random, lexicon.Closers));
        return string.Join("\n\n", blocks) + "\n";
    }

    private static string Cap(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Lower(string text) => text.Length == 0 ? text : char.ToLowerInvariant(text[0]) + text[1..];
}
