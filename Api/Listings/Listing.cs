using Cms.Domain.Common;

namespace Cms.Api.Listings;

/// <summary>How one kind of listed record (authors, tags) is named, read from requests and shown.</summary>
public sealed record Listing<TDetails, TRequest, TResponse>(
    string What,
    string Route,
    ListingDesk<TDetails> Desk,
    IListingStore<TDetails> Store,
    IListingCatalog<TDetails> Catalog,
    Func<TRequest, (string? Slug, TDetails Details)> Read,
    Func<Listed<TDetails>, TRequest> Write,
    Func<Listed<TDetails>, Audience, TResponse?> Show)
    where TDetails : class
    where TRequest : class;
