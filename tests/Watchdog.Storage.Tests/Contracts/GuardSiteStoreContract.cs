using Watchdog.Core.Guard;
using Watchdog.Storage.Sql.Guard;
using Watchdog.Storage.Tests.Support;

namespace Watchdog.Storage.Tests.Contracts;

/// <summary>Sites registered for the site audit and their alerts, the same in each backend.</summary>
public abstract class GuardSiteStoreContract : StoreContract
{
    private SqlGuardSiteStore Sites => new(Store.Database);

    private const string Origin = "https://news.example.org";

    [Fact]
    public async Task A_site_is_registered_once_verified_scheduled_and_audited()
    {
        var added = await Sites.AddAsync(new GuardSite { Origin = Origin, Token = "wdv-1", AddedBy = "cli" }, Ct);
        Assert.False(added.IsVerified);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Sites.AddAsync(new GuardSite { Origin = Origin, Token = "wdv-2", AddedBy = "cli" }, Ct));

        Assert.True(await Sites.MarkVerifiedAsync(Origin, "file", "root", ManualClock.Epoch, Ct));
        Assert.True(await Sites.SetScheduleAsync(Origin, TimeSpan.FromDays(1), Ct));
        var expires = ManualClock.Epoch.AddDays(10);
        await Sites.RecordAuditAsync(Origin, ManualClock.Epoch, ["exposed.env"], expires, Ct);

        var site = (await Sites.FindAsync(Origin, Ct))!;
        Assert.Equal(("wdv-1", ManualClock.Epoch, "root", "file"), (site.Token, site.VerifiedAt, site.VerifiedBy, site.VerifiedWith));
        Assert.Equal((TimeSpan.FromDays(1), ManualClock.Epoch, expires), (site.AuditEvery, site.LastAuditAt, site.CertificateExpiresAt));
        Assert.Equal(["exposed.env"], site.LastHighFindings);
        Assert.False(site.IsDue(ManualClock.Epoch.AddHours(23)));
        Assert.True(site.IsDue(ManualClock.Epoch.AddDays(1)));
        Assert.False(await Sites.MarkVerifiedAsync("https://other.example.org", "file", "root", ManualClock.Epoch, Ct));
    }

    [Fact]
    public async Task Alerts_are_listed_newest_first_and_go_with_their_site()
    {
        await Sites.AddAsync(new GuardSite { Origin = Origin, Token = "wdv-1", AddedBy = "cli" }, Ct);
        await Sites.AddAlertAsync(new GuardSiteAlert(0, Origin, ManualClock.Epoch, "high-finding", "first"), Ct);
        await Sites.AddAlertAsync(new GuardSiteAlert(0, Origin, ManualClock.Epoch.AddHours(1), "certificate-expiry", "second"), Ct);
        Assert.Equal(["second", "first"], (await Sites.ListAlertsAsync(10, Ct)).Select(a => a.Message));

        Assert.True(await Sites.RemoveAsync(Origin, Ct));
        Assert.Empty(await Sites.ListAlertsAsync(10, Ct));
        Assert.Empty(await Sites.ListAsync(Ct));
    }
}
