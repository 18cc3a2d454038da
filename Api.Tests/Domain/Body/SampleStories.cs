using Cms.Domain.Articles.Body;

namespace Cms.Api.Tests.Domain.Body;

/// <summary>Articles and teaser targets shared by the body tests.</summary>
internal static class SampleStories
{
    public static readonly Guid Published = new("0d6f3b8a-1c2e-4f5a-9b7c-8d9e0f1a2b3c");
    public static readonly Guid Unpublished = new("7a1e2d3c-4b5a-4968-8776-655443322110");

    public static readonly IReadOnlyDictionary<string, Guid> Targets = new Dictionary<string, Guid>
    {
        ["published-story"] = Published,
        ["draft-story"] = Unpublished,
    };

    public static readonly IReadOnlyDictionary<Guid, ReadAlsoTeaser> Visible = new Dictionary<Guid, ReadAlsoTeaser>
    {
        [Published] = new(Published, "maire-s-explique", "Le maire s’explique", "https://news.example/maire-s-explique"),
    };

    public static readonly IReadOnlyDictionary<Guid, ReadAlsoTeaser> NoneVisible = new Dictionary<Guid, ReadAlsoTeaser>();

    public static string Marker(Guid id) => $"<!--read-also:{id:D}-->";

    public static string BlockMarker(Guid id) => $$"""{"type":"readAlso","ref":"{{id:D}}"}""";

    public static RenderedBody Render(string markdown) => ArticleBody.Parse(markdown).Render(Targets);
}
