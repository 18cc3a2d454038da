using Cms.Domain.Common;
using Cms.Domain.Tags;
using Cms.Infrastructure.Database;

namespace Cms.Infrastructure.Tags;

/// <summary>Keeps tags.</summary>
public sealed class SqliteTagStore(ISqlDialect dialect) : SqliteListingStore<TagDetails, SqliteTagStore.Row>(dialect, "tag"), ITagStore
{
    /// <inheritdoc />
    protected override string Table => "tags";

    /// <inheritdoc />
    protected override (string Table, string Column) ArticleLinks => ("article_tags", "tag_id");

    /// <inheritdoc />
    protected override string PublicFilter => "visibility = 'public'";

    /// <inheritdoc />
    protected override string InsertSql => """
        INSERT INTO tags (id, slug, name, sort_name, description, visibility, created_at, updated_at, version)
        VALUES (@Id, @Slug, @Name, @SortName, @Description, @Visibility, @CreatedAt, @UpdatedAt, @Version)
        """;

    /// <inheritdoc />
    protected override string UpdateSql => """
        UPDATE tags SET slug = @Slug, name = @Name, sort_name = @SortName, description = @Description, visibility = @Visibility,
            updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    /// <inheritdoc />
    protected override TagDetails Details(Row row) =>
        new(row.Name, row.Description, row.Visibility == "internal" ? TagVisibility.Internal : TagVisibility.Public);

    /// <inheritdoc />
    protected override object Parameters(Listed<TagDetails> record, int loadedVersion) => new
    {
        record.Id,
        record.Slug,
        record.Details.Name,
        SortName = SortName.Of(record.Details.Name),
        record.Details.Description,
        Visibility = record.Details.Visibility == TagVisibility.Internal ? "internal" : "public",
        record.CreatedAt,
        record.UpdatedAt,
        record.Version,
        LoadedVersion = loadedVersion,
    };

    /// <summary>A row of the tags table.</summary>
    public sealed class Row : ListingRow
    {
        /// <summary>The tag's description.</summary>
        public string? Description { get; init; }

        /// <summary><c>public</c> or <c>internal</c>.</summary>
        public string Visibility { get; init; } = "public";
    }
}
