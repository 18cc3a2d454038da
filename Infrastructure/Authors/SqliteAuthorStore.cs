using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Infrastructure.Database;

namespace Cms.Infrastructure.Authors;

/// <summary>Keeps authors.</summary>
public sealed class SqliteAuthorStore(ISqlDialect dialect) : SqliteListingStore<AuthorProfile, SqliteAuthorStore.Row>(dialect, "author"), IAuthorStore
{
    /// <inheritdoc />
    protected override string Table => "authors";

    /// <inheritdoc />
    protected override (string Table, string Column) ArticleLinks => ("article_authors", "author_id");

    /// <inheritdoc />
    protected override string HeldElsewhere =>
        "API keys that still work are tied to the author; revoke them first.";

    /// <inheritdoc />
    /// <remarks>A revoked key keeps its name and role in the list of keys, without the deleted author.</remarks>
    protected override string LetGoSql => "UPDATE api_keys SET author_id = NULL WHERE author_id = @id AND revoked_at IS NOT NULL";

    /// <inheritdoc />
    protected override string InsertSql => """
        INSERT INTO authors (id, slug, name, sort_name, bio, avatar_url, job_title, website, x, facebook, linkedin, instagram, mastodon,
            bluesky, email, created_at, updated_at, version)
        VALUES (@Id, @Slug, @Name, @SortName, @Bio, @AvatarUrl, @JobTitle, @Website, @X, @Facebook, @Linkedin, @Instagram, @Mastodon,
            @Bluesky, @Email, @CreatedAt, @UpdatedAt, @Version)
        """;

    /// <inheritdoc />
    protected override string UpdateSql => """
        UPDATE authors SET slug = @Slug, name = @Name, sort_name = @SortName, bio = @Bio, avatar_url = @AvatarUrl, job_title = @JobTitle,
            website = @Website, x = @X, facebook = @Facebook, linkedin = @Linkedin, instagram = @Instagram,
            mastodon = @Mastodon, bluesky = @Bluesky, email = @Email, updated_at = @UpdatedAt, version = @Version
        WHERE id = @Id AND version = @LoadedVersion
        """;

    /// <inheritdoc />
    protected override AuthorProfile Details(Row row) =>
        new(row.Name, row.Bio, row.AvatarUrl, row.JobTitle, row.Website,
            new SocialProfiles(row.X, row.Facebook, row.Linkedin, row.Instagram, row.Mastodon, row.Bluesky), row.Email);

    /// <inheritdoc />
    protected override object Parameters(Listed<AuthorProfile> record, int loadedVersion)
    {
        var profile = record.Details;
        var social = profile.Social;
        return new
        {
            record.Id, record.Slug, profile.Name, SortName = SortName.Of(profile.Name), profile.Bio, profile.AvatarUrl, profile.JobTitle, profile.Website,
            social.X, social.Facebook, social.Linkedin, social.Instagram, social.Mastodon, social.Bluesky, profile.Email,
            record.CreatedAt, record.UpdatedAt, record.Version, LoadedVersion = loadedVersion,
        };
    }

    /// <summary>A row of the authors table.</summary>
    public sealed class Row : ListingRow
    {
        /// <summary>Short biography.</summary>
        public string? Bio { get; init; }
        /// <summary>Portrait URL.</summary>
        public string? AvatarUrl { get; init; }
        /// <summary>Job title.</summary>
        public string? JobTitle { get; init; }
        /// <summary>Personal website.</summary>
        public string? Website { get; init; }
        /// <summary>X profile.</summary>
        public string? X { get; init; }
        /// <summary>Facebook profile.</summary>
        public string? Facebook { get; init; }
        /// <summary>LinkedIn profile.</summary>
        public string? Linkedin { get; init; }
        /// <summary>Instagram profile.</summary>
        public string? Instagram { get; init; }
        /// <summary>Mastodon profile.</summary>
        public string? Mastodon { get; init; }
        /// <summary>Bluesky profile.</summary>
        public string? Bluesky { get; init; }
        /// <summary>Private newsroom email.</summary>
        public string? Email { get; init; }
    }
}
