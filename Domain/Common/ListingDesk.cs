namespace Cms.Domain.Common;

/// <summary>The one way authors and tags are created, changed and deleted.</summary>
public sealed class ListingDesk<TDetails>(IListingStore<TDetails> store, IClock clock, string what, Func<TDetails, string> nameOf)
    where TDetails : class
{
    /// <summary>Creates a record, making its slug from its name when none is given.</summary>
    public async Task<Outcome<Listed<TDetails>>> CreateAsync(string? slug, TDetails details, CancellationToken cancellationToken)
    {
        var chosen = await ChooseSlugAsync(slug, null, details, cancellationToken);
        if (chosen.Failure is { } failure) return failure;
        var now = clock.Now;
        var record = new Listed<TDetails>(Guid.CreateVersion7(now), chosen.Value!, details, now, now, 1);
        return await store.InsertAsync(record, cancellationToken) is { } refused ? refused : record;
    }

    /// <summary>Replaces a record's details, and its slug when one is given.</summary>
    public async Task<Outcome<Listed<TDetails>>> ReplaceAsync(string key, string? slug, TDetails details, int? ifMatch, CancellationToken cancellationToken)
    {
        var found = await FindCurrentAsync(key, ifMatch, cancellationToken);
        if (found.Failure is { } failure) return failure;
        var current = found.Value!;
        var chosen = await ChooseSlugAsync(slug, current, details, cancellationToken);
        if (chosen.Failure is { } taken) return taken;
        var record = current with { Slug = chosen.Value!, Details = details, UpdatedAt = clock.Now, Version = current.Version + 1 };
        return await store.UpdateAsync(record, current.Version, cancellationToken) is { } refused ? refused : record;
    }

    /// <summary>Deletes a record.</summary>
    public async Task<Failure?> DeleteAsync(string key, int? ifMatch, CancellationToken cancellationToken)
    {
        var found = await FindCurrentAsync(key, ifMatch, cancellationToken);
        if (found.Failure is { } failure) return failure;
        return await store.DeleteAsync(found.Value!.Id, found.Value.Version, cancellationToken);
    }

    private async Task<Outcome<Listed<TDetails>>> FindCurrentAsync(string key, int? ifMatch, CancellationToken cancellationToken)
    {
        var record = await store.FindAsync(key, cancellationToken);
        if (record is null) return Failure.NotFound(what, key);
        if (ifMatch is { } expected && expected != record.Version) return Failure.Stale(what);
        return record;
    }

    private async Task<Outcome<string>> ChooseSlugAsync(string? given, Listed<TDetails>? current, TDetails details, CancellationToken cancellationToken)
    {
        if (given is not null)
        {
            return await store.SlugTakenAsync(given, current?.Id, cancellationToken)
                ? new Failure(FailureKind.Conflict, "slug-taken", $"Another {what} already has the slug '{given}'.")
                : given;
        }
        if (current is not null) return current.Slug;
        var generated = Slug.From(nameOf(details), what);
        for (var attempt = 1; attempt <= 50; attempt++)
        {
            var candidate = attempt == 1 ? generated : Slug.Numbered(generated, attempt);
            if (!await store.SlugTakenAsync(candidate, null, cancellationToken)) return candidate;
        }
        return new Failure(FailureKind.Conflict, "slug-taken", $"Too many records have slugs made from '{generated}'; give a slug.");
    }
}
