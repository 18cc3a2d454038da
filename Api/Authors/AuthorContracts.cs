using System.Text.Json.Serialization;
using Cms.Api.Hosting;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using FluentValidation;

namespace Cms.Api.Authors;

/// <summary>An author as written by a client.</summary>
/// <param name="Name">Name as shown in bylines.</param>
/// <param name="Slug">Lowercase a-z, digits and hyphens; made from the name when absent.</param>
/// <param name="Bio">Short biography.</param>
/// <param name="AvatarUrl">Portrait, absolute http(s) URL.</param>
/// <param name="JobTitle">Job title, such as "Economics editor".</param>
/// <param name="Website">Personal website, absolute http(s) URL.</param>
/// <param name="Social">Profiles on social networks.</param>
/// <param name="Email">Newsroom contact; never shown publicly.</param>
public sealed record AuthorRequest(string Name, string? Slug = null, string? Bio = null, string? AvatarUrl = null, string? JobTitle = null,
    string? Website = null, SocialProfiles? Social = null, string? Email = null);

/// <summary>An author as the API shows it.</summary>
/// <param name="Id">UUID v7.</param>
/// <param name="Slug">Readable key.</param>
/// <param name="Name">Name as shown in bylines.</param>
/// <param name="Bio">Short biography.</param>
/// <param name="AvatarUrl">Portrait URL.</param>
/// <param name="JobTitle">Job title.</param>
/// <param name="Website">Personal website.</param>
/// <param name="Social">Profiles on social networks.</param>
/// <param name="Email">Newsroom contact; only in answers to a key.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="ArticleCount">How many published articles carry their byline.</param>
public sealed record AuthorResponse(Guid Id, string Slug, string Name, string? Bio, string? AvatarUrl, string? JobTitle, string? Website,
    SocialProfiles Social, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Email,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int ArticleCount)
{
    /// <summary>The author as this audience may see it: the email only for the newsroom.</summary>
    public static AuthorResponse Show(Listed<AuthorProfile> author, Audience audience)
    {
        var p = author.Details;
        return new AuthorResponse(author.Id, author.Slug, p.Name, p.Bio, p.AvatarUrl, p.JobTitle, p.Website, p.Social,
            audience == Audience.Newsroom ? p.Email : null, author.CreatedAt, author.UpdatedAt,
            author.PublishedArticles);
    }
}

/// <summary>The field rules of an author.</summary>
public sealed class AuthorRequestValidator : AbstractValidator<AuthorRequest>
{
    /// <summary>Sets up the rules.</summary>
    public AuthorRequestValidator()
    {
        RuleFor(a => a.Name).Cascade(CascadeMode.Stop).NotEmpty().Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("must not be blank").Line(200);
        RuleFor(a => a.Slug).Slug();
        RuleFor(a => a.Bio).Text(5000);
        RuleFor(a => a.AvatarUrl).WebAddress();
        RuleFor(a => a.JobTitle).Line(200);
        RuleFor(a => a.Website).WebAddress();
        RuleFor(a => a.Email).EmailAddress().MaximumLength(320);
        RuleFor(a => a.Social!).ChildRules(social =>
        {
            social.RuleFor(s => s.X).Line(300);
            social.RuleFor(s => s.Facebook).Line(300);
            social.RuleFor(s => s.Linkedin).Line(300);
            social.RuleFor(s => s.Instagram).Line(300);
            social.RuleFor(s => s.Mastodon).Line(300);
            social.RuleFor(s => s.Bluesky).Line(300);
        }).When(a => a.Social is not null);
    }
}
