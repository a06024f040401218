from axes.backends import AxesStandaloneBackend


class LoginThrottlingBackend(AxesStandaloneBackend):
    """axes' backend, which refuses a locked-out login before the password is checked.

    Every web login passes the request; a call without one (the shell, a script, a test that
    checks a password) has no visitor to throttle, so it goes on to the password check instead
    of failing with AxesBackendRequestParameterRequired.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
