using Cms.Api.Authors;
using Cms.Api.Tags;
using Cms.Domain.Authors;
using Cms.Domain.Tags;
using static Cms.Api.Listings.ListingEndpoints;

namespace Cms.Api.Listings;

/// <summary>The author and tag routes, mapped with their types closed so that their request delegates are generated at compile time.</summary>
public static class ListingRoutes
{
    /// <summary>Maps <c>/api/v1/authors</c>.</summary>
    public static void MapAuthors(this IEndpointRouteBuilder app) =>
        Map<AuthorRequest>(app, "authors", "Author", "Authors", "an author", group => new Routes(
            group.MapGet("", List<AuthorProfile, AuthorRequest, AuthorResponse>),
            group.MapGet("/{key}", Get<AuthorProfile, AuthorRequest, AuthorResponse>),
            group.MapPost("", Create<AuthorProfile, AuthorRequest, AuthorResponse>),
            group.MapPut("/{key}", Replace<AuthorProfile, AuthorRequest, AuthorResponse>),
            group.MapPatch("/{key}", Patch<AuthorProfile, AuthorRequest, AuthorResponse>),
            group.MapDelete("/{key}", Delete<AuthorProfile, AuthorRequest, AuthorResponse>)));

    /// <summary>Maps <c>/api/v1/tags</c>.</summary>
    public static void MapTags(this IEndpointRouteBuilder app) =>
        Map<TagRequest>(app, "tags", "Tag", "Tags", "a tag", group => new Routes(
            group.MapGet("", List<TagDetails, TagRequest, TagResponse>),
            group.MapGet("/{key}", Get<TagDetails, TagRequest, TagResponse>),
            group.MapPost("", Create<TagDetails, TagRequest, TagResponse>),
            group.MapPut("/{key}", Replace<TagDetails, TagRequest, TagResponse>),
            group.MapPatch("/{key}", Patch<TagDetails, TagRequest, TagResponse>),
            group.MapDelete("/{key}", Delete<TagDetails, TagRequest, TagResponse>)));
}
