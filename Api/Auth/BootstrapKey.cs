using System.Security.Cryptography;
using Cms.Domain.Access;

namespace Cms.Api.Auth;

/// <summary>
/// The admin key that works before any key is created: from <c>Cms:Auth:BootstrapAdminKey</c>, or in Development
/// generated once, kept in the data folder and printed when it is made.
/// </summary>
public sealed partial class BootstrapKey
{
    private BootstrapKey(string? value) => Value = value;

    /// <summary>The key, or null when none is configured.</summary>
    public string? Value { get; }

    /// <summary>Lists the key as an ordinary admin key the first time it is configured; it then works and is revoked like any other.</summary>
    public async Task AdoptAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        if (Value is { } secret) await services.GetRequiredService<KeyDesk>().AdoptBootstrapAsync(secret, cancellationToken);
    }

    /// <summary>Reads or makes the key for this environment.</summary>
    public static BootstrapKey Load(IConfiguration configuration, IHostEnvironment environment, string dataFolder, ILogger logger)
    {
        if (configuration["Cms:Auth:BootstrapAdminKey"] is { Length: > 0 } configured) return new BootstrapKey(configured);
        if (!environment.IsDevelopment()) return new BootstrapKey(null);
        var path = Path.Combine(dataFolder, "bootstrap-admin.key");
        if (File.Exists(path))
        {
            LogKept(logger, path);
            return new BootstrapKey(File.ReadAllText(path).Trim());
        }
        var key = KeyDesk.SecretStart + Hosting.Base64Url.Encode(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(dataFolder);
        File.WriteAllText(path, key);
        LogMade(logger, key, path);
        return new BootstrapKey(key);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development admin key (shown once, kept in {Path}): {Key}")]
    private static partial void LogMade(ILogger logger, string key, string path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Development admin key is in {Path}")]
    private static partial void LogKept(ILogger logger, string path);
}
