using Cms.Api.Listings;
using Cms.Api.Authors;
using Cms.Api.Tags;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Tags;
using Cms.Domain.Translations;

namespace Cms.Api.Samples;

/// <summary>A small newsroom written into an empty Development database, so a newcomer sees real answers at once.</summary>
public static class SampleNewsroom
{
    private static readonly Caller Samples = Caller.System("sample newsroom");

    /// <summary>Writes the samples when the database has no article and no author yet.</summary>
    public static async Task FillIfEmptyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var authors = services.GetRequiredService<Listing<AuthorProfile, AuthorRequest, AuthorResponse>>();
        var tags = services.GetRequiredService<Listing<TagDetails, TagRequest, TagResponse>>();
        var catalog = services.GetRequiredService<IArticleCatalog>();
        var desk = services.GetRequiredService<ArticleDesk>();
        var anyArticle = await catalog.ListAsync(ArticleFilter.Everything, new PageRequest(1, null, null), Audience.Newsroom, BodyFormats.None, cancellationToken);
        var anyAuthor = await authors.Catalog.ListAsync(new PageRequest(1, null, null), Audience.Newsroom, cancellationToken);
        if (anyArticle.Items.Count > 0 || anyAuthor.Items.Count > 0) return;

        await authors.Desk.CreateAsync("camille-laurent", new AuthorProfile("Camille Laurent", "Suit la tech et l’économie numérique.",
            null, "Journaliste tech", null, SocialProfiles.None with { Mastodon = "@camille@mastodon.social" }, "camille@newsroom.example"), cancellationToken);
        await authors.Desk.CreateAsync("oliver-grant", new AuthorProfile("Oliver Grant", "Covers science and climate.", null,
            "Science correspondent", null, SocialProfiles.None with { Bluesky = "oliver.bsky.social" }, "oliver@newsroom.example"), cancellationToken);
        await tags.Desk.CreateAsync("technologie", new TagDetails("Technologie", "Entreprises et usages du numérique.", TagVisibility.Public), cancellationToken);
        await tags.Desk.CreateAsync("climate", new TagDetails("Climate", "Climate science and policy.", TagVisibility.Public), cancellationToken);
        await tags.Desk.CreateAsync("a-relire", new TagDetails("À relire", "Needs a second read before the weekend edition.", TagVisibility.Internal), cancellationToken);

        var fr = await PublishAsync(desk, new ArticleDraft("les-assistants-de-code-entrent-dans-les-redactions",
            "Les assistants de code entrent dans les rédactions", "Des outils qui écrivent… et qu’il faut relire.", null,
            "Dans plusieurs rédactions européennes, les équipes techniques testent des assistants de programmation.\n\n" +
            "« C’est un gain de temps réel », explique une développeuse, « mais chaque ligne doit être relue ».\n\n" +
            "## Ce qui change\n\n- des scripts d’import plus rapides\n- des tableaux de bord refaits en une journée\n",
            "fr", ["camille-laurent"], ["technologie"], null, null,
            ShareMetadata.None with { TwitterCard = "summary_large_image", Hashtags = ["IA", "Rédaction", "Numérique"] }), cancellationToken);
        var en = await PublishAsync(desk, new ArticleDraft("glaciers-lose-record-ice-in-a-single-summer",
            "Glaciers lose record ice in a single summer", "Measurements across the Alps point to the steepest loss on record.", null,
            "Alpine glaciers lost more ice this summer than in any year since measurements began.\n\n" +
            "> “We are watching them disappear within a career,” one glaciologist said.\n",
            "en", ["oliver-grant"], ["climate"], null, null, ShareMetadata.None with { Hashtags = ["Climate", "Glaciers"] }), cancellationToken);
        var climat = await PublishAsync(desk, new ArticleDraft(null, "Climat : les glaciers alpins ont fondu à un rythme inédit", null, null,
            "Les glaciers des Alpes ont perdu un volume de glace record cet été.\n\n" +
            $"[[read-also: {en}]]\n\n" +
            "Les scientifiques appellent à réduire rapidement les émissions.\n\n" +
            $"[[read-also: {fr}]]\n",
            "fr", ["oliver-grant", "camille-laurent"], ["climate", "a-relire"], null, null, ShareMetadata.None), cancellationToken);
        var linked = await services.GetRequiredService<TranslationDesk>().ReplaceAsync(climat, [en], Precondition.None, cancellationToken);
        if (linked.Failure is { } refused) throw new InvalidOperationException($"Sample translations refused: {refused.Detail}");
        await desk.CreateAsync(new ArticleDraft(null, "Brouillon : la semaine prochaine en sciences", null, null,
            "Notes pour l’édition du week-end.", "fr", ["oliver-grant"], ["a-relire"], null, null, ShareMetadata.None), Samples, cancellationToken);
    }

    private static async Task<string> PublishAsync(ArticleDesk desk, ArticleDraft draft, CancellationToken cancellationToken)
    {
        var created = await desk.CreateAsync(draft, Samples, cancellationToken);
        var article = created.Value ?? throw new InvalidOperationException($"Sample article refused: {created.Failure?.Detail}");
        await desk.PublishAsync(article.Id.ToString(), null, Precondition.None, Samples, cancellationToken);
        return article.Slug;
    }
}
