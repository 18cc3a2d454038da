using Cms.Api.Hosting;
using Cms.Domain.Common;
using Cms.Domain.Tags;
using FluentValidation;

namespace Cms.Api.Tags;

/// <summary>A tag as written by a client.</summary>
/// <param name="Name">Name shown to readers.</param>
/// <param name="Slug">Lowercase a-z, digits and hyphens; made from the name when absent.</param>
/// <param name="Description">What the tag gathers.</param>
/// <param name="Visibility"><c>public</c>, or <c>internal</c> for workflow tags never shown publicly.</param>
public sealed record TagRequest(string Name, string? Slug = null, string? Description = null, TagVisibility Visibility = TagVisibility.Public);

/// <summary>A tag as the API shows it.</summary>
/// <param name="Id">UUID v7.</param>
/// <param name="Slug">Readable key.</param>
/// <param name="Name">Name shown to readers.</param>
/// <param name="Description">What the tag gathers.</param>
/// <param name="Visibility"><c>public</c> or <c>internal</c>.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="ArticleCount">How many published articles carry it.</param>
public sealed record TagResponse(Guid Id, string Slug, string Name, string? Description, TagVisibility Visibility,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int ArticleCount)
{
    /// <summary>The tag as this audience may see it: internal tags are hidden from the public.</summary>
    public static TagResponse? Show(Listed<TagDetails> tag, Audience audience) =>
        audience != Audience.Newsroom && tag.Details.Visibility == TagVisibility.Internal
            ? null
            : new TagResponse(tag.Id, tag.Slug, tag.Details.Name, tag.Details.Description, tag.Details.Visibility, tag.CreatedAt, tag.UpdatedAt,
                tag.PublishedArticles);
}

/// <summary>The field rules of a tag.</summary>
public sealed class TagRequestValidator : AbstractValidator<TagRequest>
{
    /// <summary>Sets up the rules.</summary>
    public TagRequestValidator()
    {
        RuleFor(t => t.Name).Cascade(CascadeMode.Stop).NotEmpty().Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("must not be blank").Line(100);
        RuleFor(t => t.Slug).Slug();
        RuleFor(t => t.Description).Text(2000);
        RuleFor(t => t.Visibility).IsInEnum();
    }
}
