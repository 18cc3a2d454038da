using System.Data.Common;
using Cms.Domain.Articles;
using Cms.Domain.Authors;
using Cms.Infrastructure.Authors;
using Cms.Infrastructure.Tags;
using Dapper;

namespace Cms.Infrastructure.Articles;

/// <summary>
/// Every author's and tag's public name in memory, so articles are read with the ids of their authors and tags only.
/// Each article read carries the directory's version (<see cref="VersionColumn"/>); a different one reloads it.
/// </summary>
public sealed class NameDirectory : IDisposable
{
    /// <summary>The column that reads the version beside each article.</summary>
    internal const string VersionColumn = ", (SELECT version FROM name_directory) AS names_version";

    private const string LoadSql = "SELECT version FROM name_directory; SELECT * FROM authors; SELECT * FROM tags";

    private readonly SemaphoreSlim loading = new(1, 1);
    private volatile Snapshot current = new(0, new Dictionary<Guid, SqliteAuthorStore.Row>(), new Dictionary<Guid, SqliteTagStore.Row>());

    /// <summary>The names as of <paramref name="version"/>, loaded again on <paramref name="connection"/> when older.</summary>
    internal async Task<Snapshot> AtAsync(long version, DbConnection connection)
    {
        var names = current;
        if (names.Version == version) return names;
        await loading.WaitAsync();
        try
        {
            if (current.Version >= version && version != 0) return current;
            return current = await LoadAsync(connection, null);
        }
        finally
        {
            loading.Release();
        }
    }

    /// <summary>
    /// The names exactly as of <paramref name="version"/>, never a later one: the directory's when it holds that version,
    /// otherwise read in <paramref name="snapshot"/>, the read transaction the version was read in.
    /// </summary>
    internal async Task<Snapshot> AsOfAsync(long version, DbConnection connection, DbTransaction snapshot)
    {
        var names = current;
        if (names.Version == version) return names;
        var loaded = await LoadAsync(connection, snapshot);
        if (loaded.Version != version)
            throw new InvalidOperationException($"The names read are version {loaded.Version}, not {version}: the reads are not one snapshot.");
        return loaded;
    }

    private static async Task<Snapshot> LoadAsync(DbConnection connection, DbTransaction? transaction)
    {
        using var results = await connection.QueryMultipleAsync(LoadSql, transaction: transaction);
        var loaded = await results.ReadSingleAsync<long>();
        var authors = (await results.ReadAsync<SqliteAuthorStore.Row>()).ToDictionary(author => author.Id);
        var tags = (await results.ReadAsync<SqliteTagStore.Row>()).ToDictionary(tag => tag.Id);
        return new Snapshot(loaded, authors, tags);
    }

    /// <inheritdoc />
    public void Dispose() => loading.Dispose();

    /// <summary>One version of the directory.</summary>
    internal sealed record Snapshot(
        long Version, IReadOnlyDictionary<Guid, SqliteAuthorStore.Row> Authors, IReadOnlyDictionary<Guid, SqliteTagStore.Row> Tags)
    {
        public List<Byline> Bylines(string? ids, bool withProfile) =>
            Ids(ids).Select(id => Authors.GetValueOrDefault(id)).OfType<SqliteAuthorStore.Row>()
                .Select(author => new Byline(author.Id, author.Slug, author.Name)
            {
                Profile = withProfile
                    ? new AuthorProfile(author.Name, author.Bio, author.AvatarUrl, author.JobTitle, author.Website,
                        new SocialProfiles(author.X, author.Facebook, author.Linkedin, author.Instagram, author.Mastodon, author.Bluesky), null)
                    : null,
            }).ToList();

        public List<TagLabel> Labels(string? ids, bool newsroom, bool withDescription) =>
            Ids(ids).Select(id => Tags.GetValueOrDefault(id)).OfType<SqliteTagStore.Row>()
                .Where(tag => newsroom || tag.Visibility == "public")
                .Select(tag => new TagLabel(tag.Id, tag.Slug, tag.Name) { Description = withDescription ? tag.Description : null }).ToList();

        public List<string> AuthorSlugs(string? ids) => Ids(ids).Select(id => Authors.GetValueOrDefault(id)?.Slug).OfType<string>().ToList();

        public List<string> TagSlugs(string? ids) => Ids(ids).Select(id => Tags.GetValueOrDefault(id)?.Slug).OfType<string>().ToList();

        private static IEnumerable<Guid> Ids(string? ids) =>
            string.IsNullOrEmpty(ids) ? [] : ids.Split(',').Select(id => Guid.TryParse(id, out var guid) ? guid : Guid.Empty);
    }
}
