using System.Net;
using Cms.Domain.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Api.Tests.Http;

/// <summary>
/// What an article write named is changed by another request after the write checked it and before it is stored: the write
/// gets the answer the check would have given, and nothing of it is stored.
/// </summary>
public sealed class ChangedMeanwhileTests
{
    private CmsFactory factory = null!;
    private HttpClient admin = null!;
    private string? meanwhile;

    [SetUp]
    public async Task StartCmsAsync()
    {
        factory = new CmsFactory(services: services => services.AddSingleton<IArticleReferences>(provider =>
            new MeddlingReferences(ActivatorUtilities.CreateInstance<StoredReferences>(provider), () =>
            {
                if (Interlocked.Exchange(ref meanwhile, null) is { } sql) factory.Execute(sql);
            })));
        admin = factory.Admin();
        await admin.PostJsonAsync("/api/v1/authors", new { name = "Claire Dubois" });
        await admin.PostJsonAsync("/api/v1/tags", new { name = "Économie" });
        await admin.PostJsonAsync("/api/v1/articles", new { title = "Glaciers", body = "Ils fondent.", language = "fr" });
    }

    [TearDown]
    public void StopCms()
    {
        admin.Dispose();
        factory.Dispose();
    }

    [Test]
    public async Task An_article_naming_an_author_deleted_since_it_was_checked_is_refused_as_naming_no_author_and_is_not_stored()
    {
        meanwhile = "DELETE FROM authors WHERE slug = 'claire-dubois'";

        using var response = await admin.PostAsync("/api/v1/articles", Json.Body(new
        {
            title = "Marées", body = "Elles montent.", language = "fr", authors = new[] { "claire-dubois" },
        }));

        var problem = await response.IsProblemAsync(HttpStatusCode.BadRequest, "authors[0]");
        Assert.Multiple(() =>
        {
            Assert.That(problem.MessagesFor("authors[0]"), Has.Some.StartsWith("names no author"));
            Assert.That(factory.Count("articles"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task An_article_naming_a_tag_deleted_since_it_was_checked_is_refused_as_naming_no_tag_and_is_not_changed()
    {
        meanwhile = "DELETE FROM tags WHERE slug = 'economie'";

        using var response = await admin.PutAsync("/api/v1/articles/glaciers", Json.Body(new
        {
            title = "Glaciers", slug = "glaciers", body = "Ils fondent vite.", language = "fr", tags = new[] { "economie" },
        }));

        var problem = await response.IsProblemAsync(HttpStatusCode.BadRequest, "tags[0]");
        Assert.Multiple(() =>
        {
            Assert.That(problem.MessagesFor("tags[0]"), Has.Some.StartsWith("names no tag"));
            Assert.That(factory.Count("article_revisions"), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task An_article_whose_teaser_names_an_article_deleted_since_it_was_checked_is_refused_and_is_not_stored()
    {
        meanwhile = "DELETE FROM articles WHERE slug = 'glaciers'";

        using var response = await admin.PostAsync("/api/v1/articles", Json.Body(new
        {
            title = "Marées", body = "Elles montent.\n\n[[read-also: glaciers]]", language = "fr",
        }));

        var problem = await response.IsProblemAsync(HttpStatusCode.BadRequest, "body");
        Assert.Multiple(() =>
        {
            Assert.That(problem.MessagesFor("body"), Has.Some.Contains("which is no article"));
            Assert.That(factory.Count("articles"), Is.EqualTo(0));
        });
    }

    [Test]
    public async Task An_article_moved_into_the_language_of_a_translation_grouped_with_it_since_it_was_checked_is_refused_and_is_not_changed()
    {
        await admin.PostJsonAsync("/api/v1/articles", new { title = "Gletscher", body = "Sie schmelzen.", language = "de" });
        meanwhile = "INSERT INTO article_translations (article_id, group_id) SELECT id, 'glaciers' FROM articles WHERE slug IN ('glaciers', 'gletscher')";

        using var response = await admin.PutAsync("/api/v1/articles/glaciers", Json.Body(new
        {
            title = "Glaciers", slug = "glaciers", body = "Ils fondent.", language = "de",
        }));

        var problem = await response.IsProblemAsync(HttpStatusCode.BadRequest, "language");
        Assert.Multiple(async () =>
        {
            Assert.That(problem.MessagesFor("language"), Has.Some.Contains("'gletscher'"));
            Assert.That((await admin.GetJsonAsync("/api/v1/articles/glaciers"))["language"]!.GetValue<string>(), Is.EqualTo("fr"));
        });
    }

    [Test]
    public async Task An_article_whose_slug_made_from_its_title_was_taken_since_it_was_checked_gets_the_next_free_one()
    {
        meanwhile = """
            INSERT INTO articles (id, slug, title, excerpt, language, status, created_at, updated_at, word_count, hashtags, version)
            VALUES ('0192e397-630c-7942-a0e7-be14b94df631', 'marees', 'Marées', 'Elles montent.', 'fr', 'draft', '2026-01-01T00:00:00Z',
                    '2026-01-01T00:00:00Z', 2, '[]', 1)
            """;

        using var response = await admin.PostAsync("/api/v1/articles", Json.Body(new { title = "Marées", body = "Elles montent.", language = "fr" }));

        var created = await response.ReadAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created), created.ToJsonString());
            Assert.That(created["slug"]?.GetValue<string>(), Is.EqualTo("marees-2"));
        });
    }

    /// <summary>Looks things up as the CMS does, then lets another request change them just before the write.</summary>
    private sealed class MeddlingReferences(IArticleReferences inner, Action meddle) : IArticleReferences
    {
        public Task<IReadOnlyDictionary<string, Guid>> AuthorIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            inner.AuthorIdsAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, Guid>> TagIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            inner.TagIdsAsync(keys, cancellationToken);

        public Task<IReadOnlyDictionary<string, Guid>> ArticleIdsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
            inner.ArticleIdsAsync(keys, cancellationToken);

        // The slug is the last thing a write checks.
        public async Task<bool> ArticleSlugTakenAsync(string slug, Guid? except, CancellationToken cancellationToken)
        {
            var taken = await inner.ArticleSlugTakenAsync(slug, except, cancellationToken);
            meddle();
            return taken;
        }

        public Task<string?> LanguageHolderAsync(Guid articleId, string language, CancellationToken cancellationToken) =>
            inner.LanguageHolderAsync(articleId, language, cancellationToken);
    }
}
