package uk.councils.reviewtracker.users;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.councils.reviewtracker.users.SignInThrottle.Scope;

class SignInThrottleTest {

    @Test
    void eachFailurePastTheFreeOnesDoublesTheWaitUpToACeiling() {
        Scope scope = Scope.ACCOUNT_AT_ADDRESS;
        assertThat(scope.waitAfter(4)).isZero();
        assertThat(scope.waitAfter(5)).isEqualTo(Duration.ofSeconds(1));
        assertThat(scope.waitAfter(6)).isEqualTo(Duration.ofSeconds(2));
        assertThat(scope.waitAfter(12)).isEqualTo(Duration.ofSeconds(128));
        assertThat(scope.waitAfter(40)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anAccountTriedFromEverywhereWaitsAtMostAMinuteSoNobodyCanLockItsOwnerOut() {
        assertThat(Scope.ACCOUNT.waitAfter(19)).isZero();
        assertThat(Scope.ACCOUNT.waitAfter(1_000)).isEqualTo(Duration.ofMinutes(1));
    }
}
