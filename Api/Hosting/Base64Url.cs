namespace Cms.Api.Hosting;

/// <summary>Base64 with the URL-safe alphabet and no padding, for tokens that travel in URLs.</summary>
public static class Base64Url
{
    /// <summary>The bytes as URL-safe text.</summary>
    public static string Encode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The bytes of URL-safe text, or null when it is not base64url.</summary>
    public static byte[]? Decode(string text)
    {
        try
        {
            return Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/').PadRight((text.Length + 3) / 4 * 4, '='));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
