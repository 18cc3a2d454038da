using System.Text.Json.Serialization;
using Cms.Api.Hosting;
using Cms.Domain.Access;
using Cms.Domain.Articles;
using FluentValidation;

namespace Cms.Api.Keys;

/// <summary>A key as an admin asks for it.</summary>
/// <param name="Name">Who or what uses the key, such as "Mobile app" or "Claire's laptop".</param>
/// <param name="Role"><c>contributor</c>, <c>author</c>, <c>editor</c> or <c>admin</c>.</param>
/// <param name="Author">For contributor and author keys: the author (id or slug) the key writes as. Not allowed for the others.</param>
/// <param name="ExpiresAt">When the key stops working; never when absent.</param>
public sealed record KeyRequest(string Name, Role Role, string? Author = null, DateTimeOffset? ExpiresAt = null)
{
    /// <summary>The request as the desk takes it.</summary>
    public KeyOrder ToOrder() => new(Name, Role, Author, ExpiresAt);
}

/// <summary>A key as admins see it. The secret is never shown again after the answer to its creation.</summary>
/// <param name="Id">UUID v7.</param>
/// <param name="Name">Who or what uses the key.</param>
/// <param name="Role"><c>contributor</c>, <c>author</c>, <c>editor</c> or <c>admin</c>.</param>
/// <param name="Prefix">The first characters of the secret, to recognise it.</param>
/// <param name="Author">The author a contributor or author key writes as.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">When it stops working; null for never.</param>
/// <param name="LastUsedAt">When it was last used, to the minute; null if never.</param>
/// <param name="RevokedAt">When it was revoked; null while it is not.</param>
/// <param name="Secret">The key itself: only in the answer to its creation. Send it as <c>Authorization: Bearer</c>.</param>
public sealed record KeyResponse(Guid Id, string Name, Role Role, string Prefix, Byline? Author, DateTimeOffset CreatedAt,
    DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Secret = null)
{
    /// <summary>Shapes a stored key.</summary>
    public static KeyResponse From(ListedKey listed, string? secret = null)
    {
        var key = listed.Key;
        return new KeyResponse(key.Id, key.Name, key.Role, key.Prefix, listed.Author, key.CreatedAt, key.ExpiresAt, key.LastUsedAt,
            key.RevokedAt, secret);
    }
}

/// <summary>The field rules of a key request.</summary>
public sealed class KeyRequestValidator : AbstractValidator<KeyRequest>
{
    /// <summary>Sets up the rules.</summary>
    public KeyRequestValidator()
    {
        RuleFor(k => k.Name).Cascade(CascadeMode.Stop).NotEmpty().Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage("must not be blank").Line(100);
        RuleFor(k => k.Role).IsInEnum();
        RuleFor(k => k.Author).NotEmpty().MaximumLength(Domain.Common.Slug.MaxLength).When(k => k.Author is not null);
    }
}
