package uk.councils.reviewtracker.users;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;

class BootstrapAdminTest {

    private final UserService users = mock(UserService.class);

    @Test
    void createsTheFirstAdministratorFromTheEnvironment() {
        new BootstrapAdmin(users, "head.of.service", "a-long-enough-secret").start();
        verify(users).create("head.of.service", "Administrator", "a-long-enough-secret", Role.ADMIN, null);
    }

    @Test
    void doesNothingOnceAnAdministratorExists() {
        when(users.anyWithRole(Role.ADMIN)).thenReturn(true);
        new BootstrapAdmin(users, "someone", "a-long-enough-secret").start();
        verify(users, never()).create(any(), any(), any(), any(), any());
    }

    @Test
    void createsNobodyWithoutBothSettings() {
        new BootstrapAdmin(users, "", "").start();
        new BootstrapAdmin(users, "someone", "").start();
        verify(users, never()).create(any(), any(), any(), any(), any());
    }

    @Test
    void refusesACommonPassword() {
        assertThatThrownBy(() -> new BootstrapAdmin(users, "someone", "password1234").start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("common password");
        verify(users, never()).create(any(), any(), any(), any(), any());
    }

    @Test
    void refusesAShortPassword() {
        assertThatThrownBy(() -> new BootstrapAdmin(users, "someone", "short").start())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("12 characters");
        verify(users, never()).create(any(), any(), any(), any(), any());
    }
}
