# ruff: noqa: E501  (allauth's msgids, verbatim)
"""django-allauth's strings that our account pages and e-mails show.

allauth ships no Albanian catalogue; listing its messages here puts them in accounts/locale,
which Django consults before allauth's (our app comes first in INSTALLED_APPS). The other
languages take allauth's own translations: there, an entry is either absent, empty or exactly
allauth's text, since anything else would replace allauth's wording on its own pages
(tests/test_translations_libraries.py checks this).
"""

from django.utils.translation import gettext_noop as _
from django.utils.translation import pgettext_lazy

ALLAUTH_STRINGS = [
    _("This account is currently inactive."),
    _("You cannot remove your primary email address."),
    _("This email address is already associated with this account."),
    _("The email address and/or password you specified are not correct."),
    _("A user is already registered with this email address."),
    _("Please type your current password."),
    _("Incorrect code."),
    _("Incorrect password."),
    _("Invalid or expired key."),
    _("Invalid login."),
    _("The password reset token was invalid."),
    _("You cannot add more than %d email addresses."),
    _("Too many failed login attempts. Try again later."),
    _("The email address is not assigned to any user account."),
    _("Your primary email address must be verified."),
    _("Please select only one."),
    _("The new value must be different from the current one."),
    _("Be patient, you are sending too many requests."),
    _("Email"),
    _("Email address"),
    _("You must type the same password each time."),
    _("Password"),
    _("Remember Me"),
    pgettext_lazy("field label", "Login"),
    _("Forgot your password?"),
    _("Email (again)"),
    _("Email address confirmation"),
    _("Email (optional)"),
    _("You must type the same email each time."),
    _("Password (again)"),
    _("Current Password"),
    _("New Password"),
    _("New Password (again)"),
    _("Cancel"),
    _("Account Inactive"),
    _("This account is inactive."),
    _("Confirm"),
    _("Sign In"),
    _("Password Reset"),
    _("Email Addresses"),
    _("The following email addresses are associated with your account:"),
    _("Verified"),
    _("Unverified"),
    _("Primary"),
    _("Make Primary"),
    _("Re-send Verification"),
    _("Remove"),
    _("Add Email Address"),
    _("Add Email"),
    _("Do you really want to remove the selected email address?"),
    _(
        "You are receiving this email because you or someone else tried to signup for an\naccount using email address:\n\n%(email)s\n\nHowever, an account using that email address already exists.  In case you have\nforgotten about this, please use the password forgotten procedure to recover\nyour account:\n\n%(password_reset_url)s"
    ),
    _("Account Already Exists"),
    _("Hello from %(site_name)s!"),
    _("Thank you for using %(site_name)s!\n%(site_domain)s"),
    _("You are receiving this mail because the following change was made to your account:"),
    _(
        "If you do not recognize this change then please take proper security precautions immediately. The change to your account originates from:\n\n- IP address: %(ip)s\n- Browser: %(user_agent)s\n- Date: %(timestamp)s"
    ),
    _(
        "You're receiving this email because user %(user_display)s has given your email address to register an account on %(site_domain)s."
    ),
    _("To confirm this is correct, go to %(activate_url)s"),
    _("Please Confirm Your Email Address"),
    _("This mail can be safely ignored if you did not initiate this action."),
    _("Your password has been changed."),
    _("Password Changed"),
    _(
        "You're receiving this email because you or someone else has requested a password reset for your user account.\nIt can be safely ignored if you did not request a password reset. Click the link below to reset your password."
    ),
    _("Password Reset Email"),
    _("Your password has been reset."),
    _(
        "You are receiving this email because you, or someone else, tried to access an account with email %(email)s. However, we do not have any record of such an account in our database."
    ),
    _("If it was you, you can sign up for an account using the link below."),
    _("Unknown Account"),
    _("Confirm Email Address"),
    _('Please confirm that <a href="mailto:%(email)s">%(email)s</a> is an email address for user %(user_display)s.'),
    _("Unable to confirm %(email)s because it is already confirmed by a different account."),
    _(
        'This email confirmation link expired or is invalid. Please <a href="%(email_url)s">issue a new email confirmation request</a>.'
    ),
    _("If you have not created an account yet, then please %(link)ssign up%(end_link)s first."),
    _("Sign Out"),
    _("Are you sure you want to sign out?"),
    _("Confirmation email sent to %(email)s."),
    _("You have confirmed %(email)s."),
    _("Successfully signed in as %(name)s."),
    _("You have signed out."),
    _("Password successfully changed."),
    _("Password successfully set."),
    _("Change Password"),
    _("Forgot Password?"),
    _("Forgotten your password? Enter your email address below, and we'll send you an email allowing you to reset it."),
    _("Reset My Password"),
    _("Please contact us if you have any trouble resetting your password."),
    _(
        "We have sent you an email. If you have not received it please check your spam folder. Otherwise contact us if you do not receive it in a few minutes."
    ),
    _("Bad Token"),
    _(
        'The password reset link was invalid, possibly because it has already been used.  Please request a <a href="%(passwd_reset_url)s">new password reset</a>.'
    ),
    _("Your password is now changed."),
    _("Signup"),
    _("Sign Up"),
    _("Already have an account? Then please %(link)ssign in%(end_link)s."),
    _("Note"),
    _("You are already logged in as %(user_display)s."),
    _("Verify Your Email Address"),
    _(
        "We have sent an email to you for verification. Follow the link provided to finalize the signup process. If you do not see the verification email in your main inbox, check your spam folder. Please contact us if you do not receive the verification email within a few minutes."
    ),
    _(
        "This part of the site requires us to verify that\nyou are who you claim to be. For this purpose, we require that you\nverify ownership of your email address. "
    ),
    _(
        "We have sent an email to you for\nverification. Please click on the link inside that email. If you do not see the verification email in your main inbox, check your spam folder. Otherwise\ncontact us if you do not receive it within a few minutes."
    ),
    _('<strong>Note:</strong> you can still <a href="%(email_url)s">change your email address</a>.'),
]
