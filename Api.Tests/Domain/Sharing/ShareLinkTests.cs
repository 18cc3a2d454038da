using Cms.Domain.Articles;
using Cms.Domain.Settings;
using Cms.Domain.Sharing;
using Microsoft.AspNetCore.WebUtilities;

namespace Cms.Api.Tests.Domain.Sharing;

/// <summary>Every network's share link, decoded back, carries exactly what was written: French text, &amp;, #, + and emoji included.</summary>
public sealed class ShareLinkTests
{
    private const string Title = "Économie & “marchés” #1 : l’été 🚀 à 100 %?=+";
    private const string Description = "Prix ↑, salaires ↓ & c’est tout #inflation";
    private const string Canonical = "https://news.example/2024/07/le-titre";
    private static readonly string[] Hashtags = ["Économie", "été_2024"];

    private static Dictionary<string, string> Links(SiteSettings? site = null, ShareMetadata? share = null, string? canonicalUrl = null) =>
        SharePayloads.For(
                ShareSamples.Article(share ?? ShareMetadata.None with { OgDescription = Description, Hashtags = Hashtags }, title: Title, canonicalUrl: canonicalUrl),
                site ?? ShareSamples.Site, ShareSamples.Origin, [])
            .Links.ToDictionary(link => link.Network, link => link.Url);

    private static (string Address, Dictionary<string, string> Query) Decode(string url)
    {
        var question = url.IndexOf('?', StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(url[question..]);
        Assert.That(query.Values.All(values => values.Count == 1), Is.True, url);
        return (url[..question], query.ToDictionary(pair => pair.Key, pair => pair.Value.ToString()));
    }

    [Test]
    public void Every_network_the_site_offers_gets_one_link_in_the_sites_order()
    {
        var links = SharePayloads.For(ShareSamples.Article(), ShareSamples.Site with { ShareNetworks = [ShareNetwork.Reddit, ShareNetwork.X] },
            ShareSamples.Origin, []).Links;
        Assert.That(links.Select(link => link.Network), Is.EqualTo(new[] { "reddit", "x" }));
    }

    [Test]
    public void Facebook_shares_the_url_with_the_first_hashtag()
    {
        var (address, query) = Decode(Links()["facebook"]);
        Assert.That(address, Is.EqualTo("https://www.facebook.com/sharer/sharer.php"));
        Assert.That(query, Is.EqualTo(new Dictionary<string, string> { ["u"] = Canonical, ["hashtag"] = "#Économie" }));
    }

    [Test]
    public void X_shares_the_title_url_every_hashtag_and_the_sites_handle()
    {
        var (address, query) = Decode(Links()["x"]);
        Assert.That(address, Is.EqualTo("https://x.com/intent/post"));
        Assert.That(query, Is.EqualTo(new Dictionary<string, string>
        {
            ["text"] = Title, ["url"] = Canonical, ["hashtags"] = "Économie,été_2024", ["via"] = "lequotidien",
        }));
    }

    [Test]
    public void Linkedin_shares_the_url_title_summary_and_site()
    {
        var (address, query) = Decode(Links()["linkedin"]);
        Assert.That(address, Is.EqualTo("https://www.linkedin.com/shareArticle"));
        Assert.That(query, Is.EqualTo(new Dictionary<string, string>
        {
            ["mini"] = "true", ["url"] = Canonical, ["title"] = Title, ["summary"] = Description, ["source"] = "Le Quotidien",
        }));
    }

    [Test]
    public void Pinterest_shares_the_url_the_image_and_the_title_with_its_hashtags()
    {
        var (address, query) = Decode(Links()["pinterest"]);
        Assert.That(address, Is.EqualTo("https://www.pinterest.com/pin/create/button/"));
        Assert.That(query, Is.EqualTo(new Dictionary<string, string>
        {
            ["url"] = Canonical, ["media"] = "https://news.example/default.png", ["description"] = Title + " #Économie #été_2024",
        }));
    }

    [Test]
    public void Text_networks_share_title_url_and_where_they_take_them_hashtags()
    {
        var links = Links();
        Assert.Multiple(() =>
        {
            Expect(links["whatsapp"], "https://wa.me/", ("text", $"{Title} {Canonical}"));
            Expect(links["bluesky"], "https://bsky.app/intent/compose", ("text", $"{Title} {Canonical} #Économie #été_2024"));
            Expect(links["mastodon"], "https://mastodon.social/share", ("text", $"{Title} {Canonical} #Économie #été_2024"));
            Expect(links["reddit"], "https://www.reddit.com/submit", ("url", Canonical), ("title", Title));
            Expect(links["telegram"], "https://t.me/share/url", ("url", Canonical), ("text", Title));
            Expect(links["email"], "mailto:", ("subject", Title), ("body", $"{Description}\r\n\r\n{Canonical}"));
        });
    }

    [Test]
    public void Links_use_only_unreserved_characters_and_percent_escapes_in_their_parameters()
    {
        foreach (var (network, url) in Links())
        {
            var query = url[(url.IndexOf('?', StringComparison.Ordinal) + 1)..];
            Assert.That(query, Does.Match("^[A-Za-z0-9_.~%=&-]+$"), network);
        }
    }

    [Test]
    public void With_utm_tagging_the_shared_url_carries_the_network_as_source_before_any_fragment_and_the_canonical_stays_clean()
    {
        var site = ShareSamples.Site with { UtmTagging = true };
        var links = Links(site, canonicalUrl: "https://news.example/story?page=2#comments");
        Assert.Multiple(() =>
        {
            Assert.That(Decode(links["facebook"]).Query["u"],
                Is.EqualTo("https://news.example/story?page=2&utm_source=facebook&utm_medium=social&utm_campaign=share#comments"));
            Assert.That(Decode(links["x"]).Query["url"], Does.Contain("utm_source=x&utm_medium=social"));
            Assert.That(Decode(links["email"]).Query["body"], Does.EndWith("utm_source=email&utm_medium=email&utm_campaign=share#comments"));
            Assert.That(SharePayloads.For(ShareSamples.Article(canonicalUrl: "https://news.example/story"), site, ShareSamples.Origin, []).CanonicalUrl,
                Is.EqualTo("https://news.example/story"));
        });
    }

    [Test]
    public void Without_hashtags_or_image_those_parameters_are_left_out()
    {
        var links = Links(ShareSamples.Site with { DefaultShareImage = null, XHandle = null }, ShareMetadata.None);
        Assert.Multiple(() =>
        {
            Assert.That(Decode(links["facebook"]).Query.Keys, Is.EqualTo(new[] { "u" }));
            Assert.That(Decode(links["x"]).Query.Keys, Is.EqualTo(new[] { "text", "url" }));
            Assert.That(Decode(links["pinterest"]).Query.Keys, Is.EqualTo(new[] { "url", "description" }));
            Assert.That(Decode(links["pinterest"]).Query["description"], Is.EqualTo(Title));
        });
    }

    private static void Expect(string url, string address, params (string Name, string Value)[] parameters)
    {
        var (decodedAddress, query) = Decode(url);
        Assert.That(decodedAddress, Is.EqualTo(address), url);
        Assert.That(query, Is.EqualTo(parameters.ToDictionary(p => p.Name, p => p.Value)), url);
    }
}
