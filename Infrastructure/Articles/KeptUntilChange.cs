using System.Collections.Concurrent;

namespace Cms.Infrastructure.Articles;

/// <summary>
/// Values worked out from the database, each kept under the <see cref="ListVersion"/> it was read at and read again once
/// the content has changed. Past <paramref name="most"/> values, all are dropped and kept afresh.
/// </summary>
internal sealed class KeptUntilChange<T>(int most)
{
    private readonly ConcurrentDictionary<string, (string Version, T Value)> kept = new(StringComparer.Ordinal);

    /// <summary>The value for <paramref name="key"/> at <paramref name="version"/>, read only when none is kept for it.</summary>
    public async Task<T> GetAsync(string key, string version, Func<Task<T>> read)
    {
        if (kept.TryGetValue(key, out var known) && known.Version == version) return known.Value;
        var value = await read();
        if (kept.Count >= most) kept.Clear();
        kept[key] = (version, value);
        return value;
    }
}
