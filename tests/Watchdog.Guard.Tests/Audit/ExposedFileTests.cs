using Watchdog.Guard.Audit.Capture;
using Watchdog.Guard.Audit.Evaluators;

namespace Watchdog.Guard.Tests.Audit;

/// <summary>Signatures of exposed files and the soft-404 comparison.</summary>
public sealed class ExposedFileTests
{
    private static CapturedResponse Body(string path, string body, int status = 200) =>
        CapturedResponse.Of(new Uri("https://news.example.org" + path), status, [], body);

    private static ExposedFileProbe Probe(string path) => ExposedFileProbes.All.First(p => p.Path == path);

    [Theory]
    [InlineData("/.git/HEAD", "ref: refs/heads/master\n")]
    [InlineData("/.git/HEAD", "4b825dc642cb6eb9a060e54bf8d69288fbee4904\n")]
    [InlineData("/.env", "APP_KEY=base64:xyz\nexport DB_HOST=db\n")]
    [InlineData("/.svn/entries", "10\n\ndir\n")]
    [InlineData("/backup.sql", "-- MySQL dump 10.13\nCREATE TABLE users (id int);")]
    [InlineData("/wp-config.php.bak", "<?php define('DB_PASSWORD', 'x');")]
    [InlineData("/server-status", "<h1>Apache Server Status for example.org</h1>")]
    [InlineData("/phpinfo.php", "<title>PHP 8.2.1 - phpinfo()</title>")]
    [InlineData("/uploads/", "<html><title>Index of /uploads</title>")]
    public void File_with_its_signature_is_exposed(string path, string body) =>
        Assert.True(ExposedFileEvaluator.IsExposed(Probe(path), Body(path, body), null));

    [Theory]
    [InlineData("/.git/HEAD", "<html>Not found</html>")]
    [InlineData("/.env", "<html><body>APP=1\nB=2</body></html>")]
    [InlineData("/backup.sql", "<!doctype html><p>INSERT INTO our newsletter</p>")]
    [InlineData("/uploads/", "<html><title>Uploads</title>")]
    public void Page_without_the_signature_is_not_exposed(string path, string body) =>
        Assert.False(ExposedFileEvaluator.IsExposed(Probe(path), Body(path, body), null));

    [Fact]
    public void Signature_on_an_error_status_is_not_exposed() =>
        Assert.False(ExposedFileEvaluator.IsExposed(Probe("/.git/HEAD"), Body("/.git/HEAD", "ref: refs/heads/main", 403), null));

    [Fact]
    public void Page_that_echoes_the_path_like_the_baseline_is_a_soft_404()
    {
        var baseline = Body("/watchdog-audit-123", "<title>Index of /</title> Page /watchdog-audit-123 not here");
        Assert.True(SoftNotFound.LooksLikeBaseline(baseline, Body("/uploads/", "<title>Index of /</title> Page /uploads/ not here")));
    }

    [Fact]
    public void Different_page_is_not_a_soft_404()
    {
        var baseline = Body("/watchdog-audit-123", "<html><body>Welcome to our newsroom, read the latest stories</body></html>");
        Assert.False(SoftNotFound.LooksLikeBaseline(baseline, Body("/.git/HEAD", "ref: refs/heads/main\n")));
    }

    [Fact]
    public void Baseline_that_was_a_404_never_hides_a_file()
    {
        var baseline = Body("/watchdog-audit-123", "ref: refs/heads/main\n", 404);
        Assert.False(SoftNotFound.LooksLikeBaseline(baseline, Body("/.git/HEAD", "ref: refs/heads/main\n")));
    }

    [Fact]
    public void Probe_list_is_bounded_and_has_unique_paths()
    {
        Assert.InRange(ExposedFileProbes.All.Count, 1, 20);
        Assert.Equal(ExposedFileProbes.All.Count, ExposedFileProbes.All.Select(p => p.Path).Distinct().Count());
    }
}
