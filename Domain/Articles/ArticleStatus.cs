namespace Cms.Domain.Articles;

/// <summary>Where an article stands in the editorial workflow.</summary>
public enum ArticleStatus
{
    /// <summary>Being written; visible only to keys that may see drafts.</summary>
    Draft,
    /// <summary>Due to go public at its publication time.</summary>
    Scheduled,
    /// <summary>Public.</summary>
    Published,
    /// <summary>Withdrawn from public view but kept.</summary>
    Archived,
}

/// <summary>The names statuses have in the API and the database.</summary>
public static class ArticleStatusNames
{
    /// <summary>The lowercase name of a status.</summary>
    public static string Name(this ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "draft",
        ArticleStatus.Scheduled => "scheduled",
        ArticleStatus.Published => "published",
        _ => "archived",
    };

    /// <summary>The status of a lowercase name, or null.</summary>
    public static ArticleStatus? Parse(string name) => name switch
    {
        "draft" => ArticleStatus.Draft,
        "scheduled" => ArticleStatus.Scheduled,
        "published" => ArticleStatus.Published,
        "archived" => ArticleStatus.Archived,
        _ => null,
    };
}
