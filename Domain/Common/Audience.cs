namespace Cms.Domain.Common;

/// <summary>
/// What a caller may see: the public (published articles, public tags, no private author fields), the newsroom
/// (everything), or the public plus every article one author signs, whatever its status (contributor and author keys).
/// </summary>
public readonly record struct Audience
{
    private Audience(bool newsroom, Guid? ownAuthorId)
    {
        IsNewsroom = newsroom;
        OwnAuthorId = ownAuthorId;
    }

    /// <summary>Anyone without a key.</summary>
    public static Audience Public => default;

    /// <summary>Editors and admins: everything.</summary>
    public static Audience Newsroom { get; } = new(true, null);

    /// <summary>Whatever the public sees, plus the articles this author signs in any status.</summary>
    public static Audience Bylined(Guid authorId) => new(false, authorId);

    /// <summary>True for the audience that sees everything.</summary>
    public bool IsNewsroom { get; }

    /// <summary>The author whose articles this audience also sees in every status; null for the public and the newsroom.</summary>
    public Guid? OwnAuthorId { get; }
}
