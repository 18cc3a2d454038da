using System.Net;

namespace Cms.Api.Tests.Http;

/// <summary>
/// If-Match is read as RFC 9110 says: any tag of the list may match, <c>*</c> matches any current record, tags are compared
/// strongly, and a tag matches only the record it was read from, at its current version.
/// </summary>
public sealed class IfMatchTests : SharedCms
{
    [Test]
    public async Task An_ETag_of_another_article_at_the_same_version_is_a_412()
    {
        var (url, _) = await ArticleAsync();
        var (_, other) = await ArticleAsync();

        using var refused = await PatchAsync(url, other);

        await refused.IsProblemAsync(HttpStatusCode.PreconditionFailed, code: "precondition-failed");
    }

    [Test]
    public async Task An_ETag_of_another_tag_at_the_same_version_is_a_412()
    {
        var tag = await Admin.PostJsonAsync("/api/v1/tags", new { name = $"Tag {Guid.NewGuid():N}" });
        using var other = await Admin.PostAsync("/api/v1/tags", Json.Body(new { name = $"Tag {Guid.NewGuid():N}" }));

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/tags/{tag["id"]}") { Content = Json.Body(new { name = "Renamed" }) };
        request.Headers.TryAddWithoutValidation("If-Match", other.Headers.ETag!.Tag);
        using var refused = await Admin.SendAsync(request);

        await refused.IsProblemAsync(HttpStatusCode.PreconditionFailed, code: "precondition-failed");
    }

    [TestCase("forged hash")]
    [TestCase("cut hash")]
    [TestCase("longer hash")]
    [TestCase("upper case")]
    public async Task A_tag_naming_the_current_version_that_no_read_gave_is_a_412(string change)
    {
        var (url, etag) = await ArticleAsync();
        var dash = etag.IndexOf('-', StringComparison.Ordinal);
        var altered = change switch
        {
            "forged hash" => etag[..(dash + 1)] + new string('0', etag.Length - dash - 2) + "\"",
            "cut hash" => etag[..^3] + "\"",
            "longer hash" => etag[..^1] + "0\"",
            _ => etag.ToUpperInvariant().Replace("V", "v", StringComparison.Ordinal),
        };
        Assert.That(altered, Is.Not.EqualTo(etag));

        using var refused = await PatchAsync(url, altered);

        await refused.IsProblemAsync(HttpStatusCode.PreconditionFailed, code: "precondition-failed");
    }

    [TestCase("\"x\", {0}")]
    [TestCase("W/\"x\", {0}")]
    [TestCase("{0}, \"x\"")]
    [TestCase("*, \"x\"")]
    [TestCase("\"x\", *")]
    public async Task Any_tag_of_the_list_that_matches_lets_the_write_through(string header)
    {
        var (url, etag) = await ArticleAsync();

        using var accepted = await PatchAsync(url, Format(header, etag));

        Assert.That(accepted.StatusCode, Is.EqualTo(HttpStatusCode.OK), await accepted.Content.ReadAsStringAsync());
    }

    [TestCase("W/{0}")]
    [TestCase("\"x\", W/{0}")]
    [TestCase(" , ")]
    [TestCase("\"x\", \"y\"")]
    public async Task A_weak_tag_a_list_of_none_or_of_others_is_a_412_that_changes_nothing(string header)
    {
        var (url, etag) = await ArticleAsync();

        using var refused = await PatchAsync(url, Format(header, etag));

        await refused.IsProblemAsync(HttpStatusCode.PreconditionFailed, code: "precondition-failed");
        Assert.That((await Admin.GetJsonAsync(url))["subtitle"], Is.Null);
    }

    [Test]
    public async Task Only_the_writes_that_honour_If_Match_declare_a_412_and_the_header()
    {
        string[] guarded =
        [
            "replaceArticle", "patchArticle", "deleteArticle", "publishArticle", "unpublishArticle", "archiveArticle", "restoreArticle",
            "restoreArticleRevision", "replaceAuthor", "patchAuthor", "deleteAuthor", "replaceTag", "patchTag", "deleteTag", "replaceSettings",
            "replaceArticlePicks", "replaceArticleTranslations", "revokeKey", "purgeArticleTombstone",
        ];
        var document = await Anonymous.GetJsonAsync("/swagger/v1/swagger.json");

        var declaring = document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject())
            .Where(operation => operation.Value!["responses"]?["412"] is not null).ToList();
        var withHeader = declaring.Where(operation => operation.Value!["parameters"]?.AsArray()
            .Any(parameter => parameter!["name"]!.GetValue<string>() == "If-Match" && parameter["in"]!.GetValue<string>() == "header") == true);

        Assert.That(declaring.Select(operation => operation.Value!["operationId"]!.GetValue<string>()), Is.EquivalentTo(guarded));
        Assert.That(withHeader.Count(), Is.EqualTo(guarded.Length));
    }

    private async Task<(string Url, string ETag)> ArticleAsync()
    {
        using var created = await Admin.PostAsync("/api/v1/articles", Json.Body(new { title = "Guarded", body = "B", language = "en" }));
        Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        return (created.Headers.Location!.OriginalString, created.Headers.ETag!.Tag);
    }

    private async Task<HttpResponseMessage> PatchAsync(string url, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Patch, url) { Content = Json.Body("""{"subtitle":"Changed"}""", "application/merge-patch+json") };
        Assert.That(request.Headers.TryAddWithoutValidation("If-Match", ifMatch), Is.True);
        return await Admin.SendAsync(request);
    }

    private static string Format(string header, string etag) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, header, etag);
}
