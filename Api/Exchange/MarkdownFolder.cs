using System.IO.Enumeration;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Exchange;

namespace Cms.Api.Exchange;

/// <summary>
/// Reads a folder of Markdown files with YAML front matter, the layout of Hugo, Jekyll, Eleventy and most CMS exports, as
/// import lines: each file's tags and authors (by name, first time seen) then its article. Files are taken in path order;
/// files whose name starts with <c>_</c> (section pages) are skipped. Each line goes through the same field rules as NDJSON,
/// and a file larger than <paramref name="maxFileBytes"/> fails alone, as an NDJSON line that long would.
/// </summary>
public sealed partial class MarkdownFolder(LineReader reader, string root, string language, Uri? baseUrl, long maxFileBytes)
{
    private readonly HashSet<string> named = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> sources = [];

    /// <summary>The file each line number came from, relative to the folder.</summary>
    public IReadOnlyDictionary<int, string> Sources => sources;

    // Every file under the folder. A linked folder is not entered (a link to a parent would loop), and a link to nothing is left out.
    private static FileSystemEnumerable<string> Files(string root) =>
        new(root, static (ref FileSystemEntry entry) => entry.ToFullPath(), new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = static (ref FileSystemEntry entry) =>
                !entry.IsDirectory && (!entry.Attributes.HasFlag(FileAttributes.ReparsePoint) || File.ResolveLinkTarget(entry.ToFullPath(), true) is { Exists: true }),
            ShouldRecursePredicate = static (ref FileSystemEntry entry) => !entry.Attributes.HasFlag(FileAttributes.ReparsePoint),
        };

    /// <summary>The lines, file by file.</summary>
    public async IAsyncEnumerable<ImportLine> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var number = 0;
        var files = Files(root)
            .Where(file => file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase))
            .Where(file => !Path.GetFileName(file).StartsWith('_'))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var relative = Path.GetRelativePath(root, file);
            var size = new FileInfo(file).Length;
            if (size > maxFileBytes)
            {
                sources[++number] = relative;
                yield return new ImportLine(number, null, Failure.InvalidField("$", $"'{relative}' is larger than {maxFileBytes} bytes, the most a file may hold"), "article");
                continue;
            }
            // A file of no bytes is not opened: a named pipe or a device reports no size, and opening one would wait for a writer.
            var (matter, problem) = FrontMatter.Read(size == 0 ? "" : await File.ReadAllTextAsync(file, cancellationToken));
            if (matter is null)
            {
                sources[++number] = relative;
                yield return new ImportLine(number, null, Failure.InvalidField("frontMatter", $"'{relative}' {problem}"), "article");
                continue;
            }
            foreach (var line in Lines(matter, relative))
            {
                sources[++number] = relative;
                yield return reader.Accept(number, line);
            }
        }
    }

    private IEnumerable<ExchangeLine> Lines(FrontMatter matter, string relative)
    {
        var tags = matter.List("tags", "categories");
        var authors = matter.List("authors", "author");
        foreach (var tag in tags.Where(name => named.Add("tag:" + name))) yield return new TagLine(tag, Slug.From(tag, "tag"));
        foreach (var author in authors.Where(name => named.Add("author:" + name))) yield return new AuthorLine(author, Slug.From(author, "author"));
        var date = matter.Instant("date", "publishDate", "published_at", "publishedAt", "pubDate");
        var draft = matter.Flag("draft") == true || matter.Flag("published") == false;
        var image = matter.Text("featureImage", "image", "featured_image", "cover.image", "cover", "thumbnail");
        yield return new ArticleLine(
            matter.Text("title") ?? "",
            matter.Body,
            matter.Text("language", "lang", "locale") ?? language,
            matter.Text("slug") ?? Slug.From(Stem(relative), "article"),
            matter.Text("subtitle"),
            matter.Text("excerpt", "description", "summary"),
            authors.Select(name => Slug.From(name, "author")).ToList(),
            tags.Select(name => Slug.From(name, "tag")).ToList(),
            image is null ? null : new Articles.FeatureImageRequest(Absolute(image), matter.Text("image_alt", "cover.alt", "imageAlt")),
            matter.Text("canonicalUrl", "canonical_url", "canonical"),
            Status: draft ? ArticleStatus.Draft : ArticleStatus.Published,
            PublishedAt: draft ? null : date,
            CreatedAt: draft && date <= DateTimeOffset.UtcNow ? date : null,
            ExternalId: matter.Text("externalId", "external_id"));
    }

    // A relative image path is resolved against the site's address when one is given; left as it is, it fails the URL rule.
    private string Absolute(string url) =>
        baseUrl is not null && !WebAddress.IsAbsoluteHttp(url) && Uri.TryCreate(baseUrl, url, out var absolute) ? absolute.ToString() : url;

    // "posts/2023-11-18-my-story.md" is "my-story"; a page bundle's "my-story/index.md" is "my-story".
    private static string Stem(string relative)
    {
        var name = Path.GetFileNameWithoutExtension(relative);
        if (name.Equals("index", StringComparison.OrdinalIgnoreCase) && Path.GetDirectoryName(relative) is { Length: > 0 } folder)
            name = Path.GetFileName(folder);
        return DatePrefix().Replace(name, "");
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-", RegexOptions.CultureInvariant)]
    private static partial Regex DatePrefix();
}
