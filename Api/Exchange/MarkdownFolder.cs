using System.Globalization;
using System.IO.Enumeration;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Cms.Domain.Articles;
using Cms.Domain.Common;
using Cms.Domain.Exchange;

namespace Cms.Api.Exchange;

/// <summary>
/// Reads a folder of Markdown files with YAML front matter, the layout of Hugo, Jekyll, Eleventy and most CMS exports, as
/// import lines: each file's tags and authors (by name, first time seen) then its article. Files are taken in path order;
/// files whose name starts with <c>_</c> (section pages) are skipped; a Jekyll post is dated by its file name when its front
/// matter gives no date, and one in a <c>_drafts</c> folder is a draft. Each line goes through the same field rules as NDJSON;
/// a file fails alone when it cannot be read, is larger than <paramref name="maxFileBytes"/> (as an NDJSON line that long
/// would), holds a date or flag that cannot be read or a value of a shape its field cannot take, or makes the slug of a file
/// before it.
/// </summary>
public sealed partial class MarkdownFolder(LineReader reader, string root, string language, Uri? baseUrl, long maxFileBytes)
{
    private static readonly string[] TagKeys = ["tags", "categories"];
    private static readonly string[] AuthorKeys = ["authors", "author", "author.name"];
    private const string Unreadable = "\uFFFD";
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly HashSet<string> named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> slugs = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> sources = [];

    /// <summary>The file each line number came from, relative to the folder.</summary>
    public IReadOnlyDictionary<int, string> Sources => sources;

    // Every file under the folder. A linked folder is not entered (a link to a parent would loop); a link to a file is read
    // as the file, and a link to nothing is answered as a file that cannot be read.
    private static FileSystemEnumerable<string> Files(string root) =>
        new(root, static (ref FileSystemEntry entry) => entry.ToFullPath(), new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
        {
            ShouldIncludePredicate = static (ref FileSystemEntry entry) => !entry.IsDirectory,
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
            var (matter, article, refused) = await ReadFileAsync(file, relative, cancellationToken);
            if (matter is null || article is null)
            {
                sources[++number] = relative;
                yield return new ImportLine(number, null, refused, "article");
                continue;
            }
            // The tags and authors a file names are made only when its article can be: a file that fails leaves nothing behind.
            var accepted = reader.Accept(0, article);
            if (accepted.Problem is null)
            {
                if (article.Slug is { } slug) slugs[slug] = relative;
                foreach (var line in Listings(matter))
                {
                    sources[++number] = relative;
                    yield return reader.Accept(number, line);
                }
            }
            sources[++number] = relative;
            yield return accepted with { Number = number };
        }
    }

    // The file's front matter and article, or why it has none.
    private async Task<(FrontMatter? Matter, ArticleLine? Article, Failure? Problem)> ReadFileAsync(string file, string relative,
        CancellationToken cancellationToken)
    {
        var (text, unreadable) = await ReadTextAsync(file, cancellationToken);
        if (text is null) return (null, null, unreadable);
        var (matter, problem) = FrontMatter.Read(text);
        if (matter is null) return (null, null, Failure.InvalidField("file", problem!));
        var (article, refused) = Article(matter, relative);
        return (matter, article, refused);
    }

    // The file's text, or why it cannot be read. Its size is the size of what a link leads to. A file of no bytes is not
    // opened: a named pipe or a device reports no size, and opening one would wait for a writer.
    private async Task<(string? Text, Failure? Problem)> ReadTextAsync(string file, CancellationToken cancellationToken)
    {
        try
        {
            var info = new FileInfo(file);
            var size = (info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info).Length;
            if (size == 0) return (null, Failure.InvalidField("file", "is empty (or is a pipe or device, which has no size)"));
            if (size > maxFileBytes) return (null, Failure.InvalidField("file", $"is larger than {maxFileBytes} bytes, the most a file may hold"));
            return (await File.ReadAllTextAsync(file, StrictUtf8, cancellationToken), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, Failure.InvalidField("file", "is not UTF-8 text"));
        }
        catch (FileNotFoundException) when (file.Contains(Unreadable, StringComparison.Ordinal))
        {
            // A name's bytes that are not UTF-8 are read as U+FFFD, and a path with it in names no file.
            return (null, Failure.InvalidField("file", "has a name that is not UTF-8 (shown with \uFFFD), by which it cannot be opened: rename it"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, Failure.InvalidField("file", $"cannot be read: {e.Message.TrimEnd('.')}"));
        }
    }

    // The file's article, or the front matter value that keeps it from being read as the file means it.
    private (ArticleLine? Article, Failure? Problem) Article(FrontMatter matter, string relative)
    {
        var (date, badDate) = matter.Instant("date", "publishDate", "published_at", "publishedAt", "pubDate");
        date ??= NameDate(relative);
        var (draftFlag, badDraft) = matter.Flag("draft");
        var (publishedFlag, badPublished) = matter.Flag("published");
        if ((badDate ?? badDraft ?? badPublished) is { } problem) return (null, problem);
        var slug = matter.Text("slug") ?? Slug.From(Stem(relative), "article");
        if (slugs.TryGetValue(slug, out var other))
        {
            return (null, new Failure(FailureKind.Conflict, "slug-taken",
                $"'{relative}' makes the slug '{slug}', which '{other}' in the same folder already has; give one of them its own 'slug'."));
        }
        var draft = draftFlag == true || publishedFlag == false || InDrafts(relative);
        var image = matter.Text("featureImage", "image", "featured_image", "cover.image", "cover", "thumbnail");
        var article = new ArticleLine(
            matter.Text("title") ?? "",
            matter.Body,
            matter.Text("language", "lang", "locale") ?? language,
            slug,
            matter.Text("subtitle"),
            matter.Text("excerpt", "description", "summary"),
            matter.List(AuthorKeys).Select(name => Slug.From(name, "author")).ToList(),
            matter.List(TagKeys).Select(name => Slug.From(name, "tag")).ToList(),
            image is null ? null : new Articles.FeatureImageRequest(Absolute(image), matter.Text("image_alt", "cover.alt", "imageAlt")),
            matter.Text("canonicalUrl", "canonical_url", "canonical"),
            Status: draft ? ArticleStatus.Draft : date > DateTimeOffset.UtcNow ? ArticleStatus.Scheduled : ArticleStatus.Published,
            PublishedAt: draft ? null : date,
            CreatedAt: draft && date <= DateTimeOffset.UtcNow ? date : null,
            ExternalId: matter.Text("externalId", "external_id"));
        return matter.Problem is { } shape ? (null, shape) : (article, null);
    }

    // The tag and author lines for the names a file gives, each name the first time the folder gives it.
    private IEnumerable<ExchangeLine> Listings(FrontMatter matter)
    {
        foreach (var tag in matter.List(TagKeys).Where(name => named.Add("tag:" + name))) yield return new TagLine(tag, Slug.From(tag, "tag"));
        foreach (var author in matter.List(AuthorKeys).Where(name => named.Add("author:" + name))) yield return new AuthorLine(author, Slug.From(author, "author"));
    }

    // A relative image path is resolved against the site's address when one is given; left as it is, it fails the URL rule.
    private string Absolute(string url) =>
        baseUrl is not null && !WebAddress.IsAbsoluteHttp(url) && Uri.TryCreate(baseUrl, url, out var absolute) ? absolute.ToString() : url;

    // "posts/2023-11-18-my-story.md" is "my-story"; a page bundle's "my-story/index.md" is "my-story".
    private static string Stem(string relative) => DatePrefix().Replace(Name(relative), "");

    // Jekyll dates a post by its file name, "_posts/2023-11-18-my-story.md", when its front matter gives no date.
    private static DateTimeOffset? NameDate(string relative) =>
        DatePrefix().Match(Name(relative)) is { Success: true } prefix
        && DateTimeOffset.TryParseExact(prefix.Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date)
            ? date
            : null;

    // Jekyll keeps unpublished posts in a _drafts folder, without a draft key.
    private static bool InDrafts(string relative) =>
        (Path.GetDirectoryName(relative) ?? "").Split(Path.DirectorySeparatorChar).Contains("_drafts", StringComparer.Ordinal);

    private static string Name(string relative)
    {
        var name = Path.GetFileNameWithoutExtension(relative);
        return name.Equals("index", StringComparison.OrdinalIgnoreCase) && Path.GetDirectoryName(relative) is { Length: > 0 } folder
            ? Path.GetFileName(folder)
            : name;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-", RegexOptions.CultureInvariant)]
    private static partial Regex DatePrefix();
}
