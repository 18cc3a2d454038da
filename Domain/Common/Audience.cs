namespace Cms.Domain.Common;

/// <summary>What a caller may see: public content only, or drafts and internal records too.</summary>
public enum Audience
{
    /// <summary>Published articles, public tags, no private author fields.</summary>
    Public,
    /// <summary>Everything.</summary>
    Newsroom,
}
