import type { AreaTexts } from "../../../src/admin/i18n/texts"

const en = {
  title: "Log in to the dealer portal",
  hint: "Use the e-mail and password of your company's account in the store.",
  email: "E-mail",
  password: "Password",
  submit: "Log in",
  wrongCredentials: "Wrong e-mail or password.",
  notADealer: "This account is not a member of a dealer. Ask your company's owner to add you, or apply to become a dealer.",
}

export const auth: AreaTexts<typeof en> = {
  en,
  ru: {
    title: "Вход в портал дилера",
    hint: "Введите e-mail и пароль учётной записи вашей компании в магазине.",
    email: "E-mail",
    password: "Пароль",
    submit: "Войти",
    wrongCredentials: "Неверный e-mail или пароль.",
    notADealer: "Эта учётная запись не состоит в дилере. Попросите владельца компании добавить вас или подайте заявку на статус дилера.",
  },
}
