using Cms.Domain.Articles;
using Cms.Domain.Sharing;

namespace Cms.Api.Tests.Domain.Sharing;

/// <summary>Each share field falls back from the most specific value an editor set to the article's own, then to the site's defaults.</summary>
public sealed class FallbackChainTests
{
    private static SharePayload Resolve(ShareMetadata share, FeatureImage? image = null, string excerpt = "L’extrait.", string? subtitle = "Le chapeau") =>
        SharePayloads.For(ShareSamples.Article(share, image, excerpt: excerpt, subtitle: subtitle), ShareSamples.Site, ShareSamples.Origin, []);

    [Test]
    public void Titles_fall_back_from_network_field_to_open_graph_to_meta_to_the_headline()
    {
        var all = Resolve(ShareSamples.AllSet);
        var noX = Resolve(ShareSamples.AllSet with { TwitterTitle = null });
        var noOg = Resolve(ShareSamples.AllSet with { TwitterTitle = null, OgTitle = " " });
        var noMeta = Resolve(ShareSamples.AllSet with { TwitterTitle = null, OgTitle = null, MetaTitle = "" });
        Assert.Multiple(() =>
        {
            Assert.That((all.Page.Title, all.OpenGraph.Title, all.X.Title), Is.EqualTo(("Meta title", "OG title", "X title")));
            Assert.That((noX.Page.Title, noX.OpenGraph.Title, noX.X.Title), Is.EqualTo(("Meta title", "OG title", "OG title")));
            Assert.That((noOg.Page.Title, noOg.OpenGraph.Title, noOg.X.Title), Is.EqualTo(("Meta title", "Meta title", "Meta title")));
            Assert.That((noMeta.Page.Title, noMeta.OpenGraph.Title, noMeta.X.Title), Is.EqualTo(("Le titre", "Le titre", "Le titre")));
        });
    }

    [Test]
    public void Descriptions_fall_back_from_network_field_to_open_graph_to_meta_to_excerpt_to_subtitle()
    {
        var all = Resolve(ShareSamples.AllSet);
        var noX = Resolve(ShareSamples.AllSet with { TwitterDescription = null });
        var noOg = Resolve(ShareSamples.AllSet with { TwitterDescription = null, OgDescription = null });
        var noMeta = Resolve(ShareSamples.AllSet with { TwitterDescription = null, OgDescription = null, MetaDescription = null });
        var noExcerpt = Resolve(ShareSamples.AllSet with { TwitterDescription = null, OgDescription = null, MetaDescription = null }, excerpt: "");
        var nothing = Resolve(ShareMetadata.None, excerpt: "", subtitle: null);
        Assert.Multiple(() =>
        {
            Assert.That((all.Page.Description, all.OpenGraph.Description, all.X.Description), Is.EqualTo(("Meta description", "OG description", "X description")));
            Assert.That(noX.X.Description, Is.EqualTo("OG description"));
            Assert.That((noOg.OpenGraph.Description, noOg.X.Description), Is.EqualTo(("Meta description", "Meta description")));
            Assert.That((noMeta.Page.Description, noMeta.OpenGraph.Description, noMeta.X.Description), Is.EqualTo(("L’extrait.", "L’extrait.", "L’extrait.")));
            Assert.That(noExcerpt.OpenGraph.Description, Is.EqualTo("Le chapeau"));
            Assert.That((nothing.Page.Description, nothing.OpenGraph.Description, nothing.X.Description), Is.EqualTo(((string?)null, (string?)null, (string?)null)));
        });
    }

    [Test]
    public void Images_fall_back_from_network_field_to_open_graph_to_feature_image_to_the_site_default()
    {
        var all = Resolve(ShareSamples.AllSet, ShareSamples.Feature);
        var noX = Resolve(ShareSamples.AllSet with { TwitterImage = null }, ShareSamples.Feature);
        var noOg = Resolve(ShareSamples.AllSet with { TwitterImage = null, OgImage = null }, ShareSamples.Feature);
        var noFeature = Resolve(ShareSamples.AllSet with { TwitterImage = null, OgImage = null });
        var noDefault = SharePayloads.For(ShareSamples.Article(), ShareSamples.Site with { DefaultShareImage = null }, ShareSamples.Origin, []);
        Assert.Multiple(() =>
        {
            Assert.That((all.OpenGraph.Image?.Url, all.X.Image?.Url), Is.EqualTo(("https://img.example/og.jpg", "https://img.example/x.jpg")));
            Assert.That(noX.X.Image?.Url, Is.EqualTo("https://img.example/og.jpg"));
            Assert.That(noOg.OpenGraph.Image, Is.EqualTo(new ShareImage("https://img.example/feature.jpg", "Une salle de rédaction", 1600, 900)));
            Assert.That(noOg.X.Image, Is.EqualTo(noOg.OpenGraph.Image));
            Assert.That((noFeature.OpenGraph.Image?.Url, noFeature.X.Image?.Url), Is.EqualTo(("https://news.example/default.png", "https://news.example/default.png")));
            Assert.That((noDefault.OpenGraph.Image, noDefault.X.Image), Is.EqualTo(((ShareImage?)null, (ShareImage?)null)));
        });
    }

    [Test]
    public void The_x_card_is_the_one_asked_for_or_large_when_there_is_an_image_and_small_without()
    {
        var asked = Resolve(ShareSamples.AllSet);
        var withImage = Resolve(ShareSamples.AllSet with { TwitterCard = null });
        var withoutImage = SharePayloads.For(ShareSamples.Article(), ShareSamples.Site with { DefaultShareImage = null }, ShareSamples.Origin, []);
        Assert.Multiple(() =>
        {
            Assert.That(asked.X.Card, Is.EqualTo("summary"));
            Assert.That(withImage.X.Card, Is.EqualTo("summary_large_image"));
            Assert.That(withoutImage.X.Card, Is.EqualTo("summary"));
        });
    }

    [Test]
    public void The_canonical_url_is_the_articles_own_or_its_template_url_made_absolute_with_the_base_url_or_the_request_origin()
    {
        var own = SharePayloads.For(ShareSamples.Article(canonicalUrl: "https://origin.example/story"), ShareSamples.Site, ShareSamples.Origin, []);
        var templated = SharePayloads.For(ShareSamples.Article(), ShareSamples.Site, ShareSamples.Origin, []);
        var noBase = SharePayloads.For(ShareSamples.Article(), ShareSamples.Site with { BaseUrl = null }, ShareSamples.Origin, []);
        Assert.Multiple(() =>
        {
            Assert.That(own.CanonicalUrl, Is.EqualTo("https://origin.example/story"));
            Assert.That(templated.CanonicalUrl, Is.EqualTo("https://news.example/2024/07/le-titre"));
            Assert.That(noBase.CanonicalUrl, Is.EqualTo("https://cms.example/2024/07/le-titre"));
            Assert.That(templated.OpenGraph.Url, Is.EqualTo(templated.CanonicalUrl));
            Assert.That(templated.OpenGraph.Locale, Is.EqualTo("fr_BE"));
        });
    }
}
