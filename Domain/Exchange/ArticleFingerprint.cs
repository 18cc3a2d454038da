using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Cms.Domain.Articles;

namespace Cms.Domain.Exchange;

/// <summary>A hash of everything an import can change on an article, to tell an unchanged line from an update.</summary>
internal static class ArticleFingerprint
{
    /// <summary>The fingerprint of the article with its body template, made when first asked for.</summary>
    public static Lazy<string> Later(Article article, string template) => new(() => Of(article, template));

    private static string Of(Article article, string template)
    {
        var content = article.Content;
        var share = content.Share;
        var image = content.FeatureImage;
        var text = new StringBuilder(content.Body.Length + template.Length + 1024);
        void Add(string? value) => text.Append(value ?? "\u0000").Append('\u001f');
        Add(article.Slug);
        Add(article.Status.Name());
        Add(Instant(article.PublishedAt));
        Add(Instant(article.FirstPublishedAt));
        foreach (var value in new[] { content.Title, content.Subtitle, content.Excerpt, content.Body, content.Language, content.CanonicalUrl })
            Add(value);
        Add(string.Join(',', content.AuthorIds));
        Add(string.Join(',', content.TagIds));
        Add(image is null ? null : string.Join('\u001e', image.Url, image.Alt, image.Caption, image.Credit, Number(image.Width), Number(image.Height)));
        foreach (var value in new[] { share.MetaTitle, share.MetaDescription, share.OgTitle, share.OgDescription, share.OgImage,
                     share.TwitterTitle, share.TwitterDescription, share.TwitterImage, share.TwitterCard })
            Add(value);
        Add(string.Join('\u001e', share.Hashtags));
        Add(template);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string? Instant(DateTimeOffset? instant) => instant?.UtcTicks.ToString(CultureInfo.InvariantCulture);

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
