namespace Cms.Domain.Common;

/// <summary>Picks the slug a write stores: the one given if free, the current one, or one made from the name with a number if needed.</summary>
public static class SlugChoice
{
    private const int MaxAttempts = 50;

    /// <summary>Asks whether another record than the one named already has a slug.</summary>
    public delegate Task<bool> TakenCheck(string slug, Guid? except, CancellationToken cancellationToken);

    // A slug made from the name may be taken by another write between its check and the create's write: made again this often.
    private const int MostCreates = 3;

    /// <summary>
    /// Runs a create, and runs it again (choosing its slug again) when the store refuses a slug made from the name that
    /// another write took after it was checked; a slug the caller <paramref name="given"/> stays refused as taken.
    /// </summary>
    public static async Task<Outcome<T>> CreateAsync<T>(string? given, Func<Task<Outcome<T>>> create)
    {
        ArgumentNullException.ThrowIfNull(create);
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await create();
            if (given is not null || outcome.Failure?.Code != "slug-taken" || attempt == MostCreates) return outcome;
        }
    }

    /// <summary>The slug to store, or a conflict when the given one is taken.</summary>
    public static async Task<Outcome<string>> ChooseAsync(string what, string? given, (Guid Id, string Slug)? current, string name,
        TakenCheck taken, CancellationToken cancellationToken)
    {
        if (given is not null) return await taken(given, current?.Id, cancellationToken) ? Failure.SlugTaken(what, given) : given;
        if (current is { } existing) return existing.Slug;
        var generated = Slug.From(name, what);
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var candidate = attempt == 1 ? generated : Slug.Numbered(generated, attempt);
            if (!await taken(candidate, null, cancellationToken)) return candidate;
        }
        return new Failure(FailureKind.Conflict, "slug-taken", $"Too many {what} slugs are already made from '{generated}'; give a slug.");
    }
}
