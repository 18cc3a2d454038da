namespace Cms.Domain.Common;

/// <summary>Turns the ids or slugs a caller listed into ids, naming the first that is unknown or repeated.</summary>
public static class KeyResolution
{
    /// <summary>Finds the ids of the records named by some keys.</summary>
    public delegate Task<IReadOnlyDictionary<string, Guid>> Finder(IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>The ids in the order of <paramref name="keys"/>, or the 400 naming <c>field[i]</c>.</summary>
    /// <param name="field">The request field that lists the keys.</param>
    /// <param name="what">What the keys name, for messages.</param>
    /// <param name="keys">The ids or slugs.</param>
    /// <param name="find">Finds ids by key.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <param name="itself">The record the list belongs to, which it may not name.</param>
    public static async Task<Outcome<IReadOnlyList<Guid>>> ResolveAsync(string field, string what, IReadOnlyList<string> keys, Finder find,
        CancellationToken cancellationToken, Guid? itself = null)
    {
        var found = await find(keys, cancellationToken);
        var ids = new List<Guid>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (!found.TryGetValue(keys[i], out var id)) return Unknown(field, i, what, keys[i]);
            if (ids.Contains(id)) return Failure.InvalidField($"{field}[{i}]", $"names the same {what} twice");
            if (id == itself) return Failure.InvalidField($"{field}[{i}]", $"names the {what} itself");
            ids.Add(id);
        }
        return ids;
    }

    /// <summary>The 400 for <c>field[index]</c>, which names no record (or one deleted since it was looked up).</summary>
    public static Failure Unknown(string field, int index, string what, string key) =>
        Failure.InvalidField($"{field}[{index}]", $"names no {what} ('{key}')");
}
