using Cms.Domain.Webhooks;

namespace Cms.Domain.Common;

/// <summary>The one way authors and tags are created, changed and deleted.</summary>
public sealed class ListingDesk<TDetails>(IListingStore<TDetails> store, IClock clock, string what, Func<TDetails, string> nameOf)
    where TDetails : class
{
    /// <summary>Creates a record, making its slug from its name when none is given.</summary>
    public Task<Outcome<Listed<TDetails>>> CreateAsync(string? slug, TDetails details, CancellationToken cancellationToken) =>
        SlugChoice.CreateAsync<Listed<TDetails>>(slug, async () =>
        {
            var chosen = await SlugChoice.ChooseAsync(what, slug, null, nameOf(details), store.SlugTakenAsync, cancellationToken);
            if (chosen.Failure is { } failure) return failure;
            var now = clock.Now;
            var record = new Listed<TDetails>(Guid.CreateVersion7(now), chosen.Value!, details, now, now, 1);
            return await store.InsertAsync(record, Announce(null, record, now), cancellationToken) is { } refused ? refused : record;
        });

    /// <summary>Replaces a record's details, and its slug when one is given.</summary>
    public Task<Outcome<Listed<TDetails>>> ReplaceAsync(string key, string? slug, TDetails details, Precondition precondition,
        CancellationToken cancellationToken) =>
        EditAsync(key, _ => Task.FromResult<Outcome<(string?, TDetails)>>((slug, details)), precondition, cancellationToken);

    /// <summary>Rewrites a record from the version stored (as a merge patch does), and stores it over that version.</summary>
    public Task<Outcome<Listed<TDetails>>> EditAsync(string key, Func<Listed<TDetails>, Task<Outcome<(string? Slug, TDetails Details)>>> edit,
        Precondition precondition, CancellationToken cancellationToken) =>
        precondition.RunAsync($"{what}:{key}", async () =>
        {
            var found = await FindCurrentAsync(key, precondition, cancellationToken);
            if (found.Failure is { } failure) return failure;
            var current = found.Value!;
            var edited = await edit(current);
            if (edited.Failure is { } unfit) return unfit;
            var (slug, details) = edited.Value;
            var chosen = await SlugChoice.ChooseAsync(what, slug, (current.Id, current.Slug), nameOf(details), store.SlugTakenAsync, cancellationToken);
            if (chosen.Failure is { } taken) return taken;
            var record = current with { Slug = chosen.Value!, Details = details, UpdatedAt = clock.Now, Version = current.Version + 1 };
            return await store.UpdateAsync(record, current.Version, Announce(current, record, record.UpdatedAt), cancellationToken) is { } refused
                ? refused
                : (Outcome<Listed<TDetails>>)record;
        }, cancellationToken);

    /// <summary>Deletes a record.</summary>
    public Task<Failure?> DeleteAsync(string key, Precondition precondition, CancellationToken cancellationToken) =>
        precondition.RunAsync($"{what}:{key}", async () =>
        {
            var found = await FindCurrentAsync(key, precondition, cancellationToken);
            if (found.Failure is { } failure) return failure;
            var current = found.Value!;
            return await store.DeleteAsync(current.Id, current.Version, Announce(current, null, clock.Now), cancellationToken);
        }, cancellationToken);

    private NewsroomEvent Announce(Listed<TDetails>? old, Listed<TDetails>? now, DateTimeOffset at) =>
        NewsroomEvents.Listing(what, old, now, nameOf, at);

    private async Task<Outcome<Listed<TDetails>>> FindCurrentAsync(string key, Precondition precondition, CancellationToken cancellationToken)
    {
        var record = await store.FindAsync(key, cancellationToken);
        if (record is null) return Failure.NotFound(what, key);
        if (!precondition.Admits(record.Id.ToString(), record.Version)) return Failure.Stale(what);
        return record;
    }
}
